<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CatalogueList</name>
    <message>
        <source>Gevonden activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Alle activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichtbij %1 staat bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gevonden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dichtbij jou staat bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichtbij postcode %1 staat bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Op de wachtlijst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet me op de wachtlijst</source>
        <translation>ضعني على قائمة الانتظار</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Wat doen we met je gegevens?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder vinkjes kun je je ook gewoon aanmelden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Meedoen database or it is damaged. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateOfBirthFields</name>
    <message>
        <source>Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceEnrollment</name>
    <message>
        <source>Bezig met koppelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van de beheerder kreeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollPanel</name>
    <message>
        <source>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://meedoen.corporatie.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plek genoeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol — wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nog %n plek(ken)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>الإدارة الذاتية</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>التعلّم والعمل</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht op verzenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd — we laten het je weten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent aangenomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de wachtlijst: nummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gelukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Wie ben je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>Over %n seconde(n) wissen we alles wat je hebt ingevuld.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ik ben er nog</source>
        <translation>أنا هنا</translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Meedoen in je buurt</source>
        <translation>شارك في حيّك</translation>
    </message>
    <message>
        <source>Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.</source>
        <translation>تطوّع، أو ساعد في إدارة حيّك بنفسك، أو تعلّم مهنة. اختر ما يناسبك.</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>ساعد الناس في حيّك</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>الإدارة الذاتية</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>إدارة مركز الحي أو الحديقة أو مدخل العمارة معًا</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>التعلّم والعمل</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>تدريب، أو تعلّم أثناء العمل، أو العودة إلى العمل</translation>
    </message>
    <message>
        <source>Of zoek zelf</source>
        <translation>أو ابحث بنفسك</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>اعرض الكل</translation>
    </message>
    <message>
        <source>Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.</source>
        <translation>بعد دقيقة واحدة دون لمس نمسح كل ما أدخلته.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Taal</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LinkPhonePage</name>
    <message>
        <source>Aanmeldingen koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht op verbinding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar mijn aanmeldingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Meedoen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MySignupsPage</name>
    <message>
        <source>Mijn aanmeldingen</source>
        <translation>تسجيلاتي</translation>
    </message>
    <message>
        <source>Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je persoonlijke code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmeldcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al aangemeld bij de zuil of bij je wijkconsulent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppel je aanmeldingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Stap %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityPage</name>
    <message>
        <source>Vanaf %1 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederlands op niveau %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eenvoudige gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewone gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bewijs (certificaat) als je klaar bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van %1 tot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanaf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ga je doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hiervandaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat vragen we?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat krijg je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen? Neem contact op met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet me op de wachtlijst</source>
        <translation>ضعني على قائمة الانتظار</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>سجّل</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Terug</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PersonalCodeField</name>
    <message>
        <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 tekens, bijvoorbeeld ABCD-EFGH-JKMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees je persoonlijke code met de camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneHomePage</name>
    <message>
        <source>Meedoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kun je doen in je buurt?</source>
        <translation>ماذا يمكنك أن تفعل في حيّك؟</translation>
    </message>
    <message>
        <source>Mijn aanmeldingen (%1)</source>
        <translation>تسجيلاتي (%1)</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>ساعد الناس في حيّك</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>الإدارة الذاتية</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>إدارة مركز الحي أو الحديقة أو مدخل العمارة معًا</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>التعلّم والعمل</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>تدريب، أو تعلّم أثناء العمل، أو العودة إلى العمل</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>اعرض الكل</translation>
    </message>
</context>
<context>
    <name>QrScanView</name>
    <message>
        <source>Houd de QR-code van je persoonlijke code voor de camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeld van de camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen camera gevonden. Typ je code over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Aangevraagd — we laten het je weten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je staat op de lijst voor de wachtlijst van: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt een plek aangevraagd bij: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De corporatie bevestigt je aanmelding. Dat kan een paar dagen duren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je aanmeldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je aanmeldcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-code van je aanmeldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je persoonlijke code. Schrijf hem op of maak een foto. Met deze code meld je je de volgende keer snel aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Op je telefoon: Mijn aanmeldingen → Koppel je aanmeldingen, en scan deze code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterAddressPage</name>
    <message>
        <source>Waar woon je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld 3083 BK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoeging (als je die hebt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterAvailabilityPage</name>
    <message>
        <source>Wanneer heb je tijd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tik op de vakjes die passen. Je mag ook niets kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>za</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterBirthPage</name>
    <message>
        <source>Wat is je geboortedatum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterContactPage</name>
    <message>
        <source>Hoe kunnen we je bereiken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld 06 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld naam@voorbeeld.nl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterInterestsPage</name>
    <message>
        <source>Wat doe je graag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterNamePage</name>
    <message>
        <source>Hoe heet je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je geboortedatum in: dag, maand en jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je persoonlijke code in. Je vindt hem op je bon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf in een paar woorden waarom je dit wilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies wanneer je wilt beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuws uit je buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er klopt nog iets niet. Kijk naar de rode meldingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal en lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuin en groen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muziek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schoonmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. Probeer het nog een keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelukt: je aanmeldingen staan nu op deze telefoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelukt. Je aanmeldingen komen zo binnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Zoek op woord, bijvoorbeeld tuin of taal</source>
        <translation>ابحث بكلمة، مثل حديقة أو لغة</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>SignupStartPage</name>
    <message>
        <source>Aanmelden</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>Ik ben nieuw</source>
        <translation>أنا جديد</translation>
    </message>
    <message>
        <source>Je vult een paar vragen in. Dat duurt ongeveer 2 minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb een persoonlijke code</source>
        <translation>لدي رمز شخصي</translation>
    </message>
    <message>
        <source>Je kreeg die code de vorige keer op je bon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAuditPage</name>
    <message>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffCatalogue</name>
    <message>
        <source>Deze activiteit bestaat niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vul een datum in als 2026-12-01 of 1-12-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer dit veld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCataloguePage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 van %5 plaatsen bezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffChoiceRow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffConflictsPage</name>
    <message>
        <source>bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teruggetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een collega</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDashboardPage</name>
    <message>
        <source>Resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers als CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten als CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers van de server, stand van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actieve vrijwilligers per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezetting en wachtlijst per activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 van %3, wachtlijst %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (onbeperkt), wachtlijst %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDecisionDialog</name>
    <message>
        <source>Bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de wachtlijst zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden (intern, niet voor de huurder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht aan de huurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Besluit opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffExit</name>
    <message>
        <source>Alleen voor medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de pincode om de kiosk te verlaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen pincode ingesteld op dit apparaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die pincode klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk verlaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Meedoen — medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHoursPage</name>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen niet gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren van %1 op %2 kloppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren van %1 op %2 corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffNewVolunteersPage</name>
    <message>
        <source>Nieuwe vrijwilligers: identiteit en huurderschap controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wachten geen nieuwe vrijwilligers op controle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huurdernummer: %1 · Adres: %2 · Geboren: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huurdernummer klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huurdernummer van %1 klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres van %1 klopt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffOpportunityEditor</name>
    <message>
        <source>Activiteit bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort leerplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerwerkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-integratieplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol van de partner (begeleiding, opleider …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum (leeg = doorlopend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum (leeg = geen einde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taalniveau (A1 … C2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de huurder krijgt (vergoeding, certificaat …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPersons</name>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul 0 tot 744 uur per maand in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</source>
        <translation>أدخل تاريخًا (YYYY-MM-DD) وعدد دقائق من 0 إلى %1.</translation>
    </message>
</context>
<context>
    <name>StaffPersonsPage</name>
    <message>
        <source>Contact opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passende activiteiten voorstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens delen met de partnerorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op naam, huurdernummer of persoonlijke code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewiste persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — gegeven %2 (tekst %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — gegeven %2, ingetrokken %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming %1 intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegenprestatie: afgesproken uren per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegenprestatie: %1 per maand afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 gelogd, %3 gecontroleerd, saldo %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Trainingsplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmeldingen per activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen aanmeldingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 van %3 bevestigd · wachtlijst %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een activiteit om de aanmeldingen te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtlijst #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traject gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traject afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitgevallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besluit wacht op verzending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traject van %1 gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traject van %1 afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is uitgevallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 op de wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 afwijzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffResults</name>
    <message>
        <source>De map voor exports is niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffReview</name>
    <message>
        <source>Geen plaats meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past niet bij de eisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen huurder in dit gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op verzoek van de huurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze aanmelding is niet (meer) bekend op deze tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit besluit past niet bij de huidige stand van de aanmelding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies of schrijf een reden voor de afwijzing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reden mag één regel van hoogstens 200 tekens zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <source>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanmelding kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U werkt niet op de locatie van deze tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n seconde(n) opnieuw.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>De server gaf een fout (%1). Probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De pincode kon niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pincode klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meld u eerst online aan met uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendel de tablet eerst met uw pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <source>Kies uw pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendel met uw pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden als medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished">سجّل</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere medewerker aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTour</name>
    <message>
        <source>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Nieuwe vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainingsplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meedoen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wacht(en) op verzending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data folder %1 cannot be created or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue %1 is not valid at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Volgende</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Deze code werkt niet (meer). Vraag een nieuwe code aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De server is niet bereikbaar. Probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het apparaat kon de koppeling niet opslaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n aanmelding(en) wachten op verzending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Er is nu geen verbinding; we sturen ze zodra het weer kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles is verstuurd. Laatst bijgewerkt om %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Over deze leerplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom wil je dit doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer wil je beginnen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vul je postcode in zoals 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je huisnummer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je huisnummer in met cijfers, zoals 12 of 12a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een huisnummer ligt tussen %1 en %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een toevoeging heeft hoogstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je e-mailadres in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit e-mailadres is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een naam heeft minstens één letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je geboortedatum in, zoals 31-12-1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Je moet minstens %n jaar zijn om mee te doen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf dit op één regel, zonder enter of tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een huurdersnummer heeft hoogstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De minimumleeftijd ligt tussen 0 en %1 jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen een leerplek heeft een soort leerplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De plek op de kaart klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a date like 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry must be a short key of lower-case letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a personal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a time like 2026-12-31T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a reference code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Meedoen catalogue (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a key like abc-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without identify, personId must be the UUID of a registered person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opportunity needs a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 mutations per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mutation must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the login and the password as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back the cursor you got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parameter is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a month like 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
