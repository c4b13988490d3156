<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CandidateMatch</name>
    <message>
        <source>Nederlands</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>صباحًا</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>A weekday (%1) and a part of the day (%2), one word in Dutch: dinsdagochtend</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Interesse: %1</source>
        <translation>الاهتمام: %1</translation>
    </message>
    <message numerus="yes">
        <source>Beschikbaar: %1 en nog %n dagdelen</source>
        <translation>
            <numerusform>متاح: %1</numerusform>
            <numerusform>متاح: %1 وفترة أخرى</numerusform>
            <numerusform>متاح: %1 وفترتان أخريان</numerusform>
            <numerusform>متاح: %1 و%n فترات أخرى</numerusform>
            <numerusform>متاح: %1 و%n فترة أخرى</numerusform>
            <numerusform>متاح: %1 و%n فترة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Beschikbaar: %1</source>
        <translation>متاح: %1</translation>
    </message>
    <message>
        <source>Tijden in overleg</source>
        <translation>المواعيد بالاتفاق</translation>
    </message>
    <message>
        <source>Woont in %1</source>
        <translation>يسكن في %1</translation>
    </message>
    <message>
        <source>Spreekt %1</source>
        <translation>يتحدث %1</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <source>Gevonden activiteiten</source>
        <translation>الأنشطة التي وجدناها</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>لم نجد شيئًا. جرّب كلمة أخرى.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Alle activiteiten</source>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <source>Dichtbij %1 staat bovenaan.</source>
        <translation>الأقرب إلى %1 في الأعلى.</translation>
    </message>
    <message>
        <source>Filters verbergen</source>
        <translation>إخفاء عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>كل الأحياء</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>الحي</translation>
    </message>
    <message numerus="yes">
        <source>%n gevonden</source>
        <translation>
            <numerusform>لم نجد شيئًا (%n)</numerusform>
            <numerusform>وجدنا %n</numerusform>
            <numerusform>وجدنا %n</numerusform>
            <numerusform>وجدنا %n</numerusform>
            <numerusform>وجدنا %n</numerusform>
            <numerusform>وجدنا %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Dichtbij jou staat bovenaan.</source>
        <translation>الأقرب إليك في الأعلى.</translation>
    </message>
    <message>
        <source>Dichtbij postcode %1 staat bovenaan.</source>
        <translation>الأقرب إلى الرمز البريدي %1 في الأعلى.</translation>
    </message>
    <message>
        <source>Alleen dichtbij</source>
        <translation>القريب فقط</translation>
    </message>
    <message>
        <source>Ook verder weg (%1)</source>
        <translation>الأبعد أيضًا (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
        <translation>هذا النشاط ممتلئ. ستكون في قائمة الانتظار. إذا صار هناك مكان فارغ، سنخبرك.</translation>
    </message>
    <message>
        <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
        <translation>أنت تطلب مكانًا. ستنظر شركة السكن هل يناسب، ثم تخبرك.</translation>
    </message>
    <message>
        <source>Inschrijven?</source>
        <translation>التسجيل؟</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.</source>
        <translation>يتم تسجيلك لدى مؤسسة الإسكان. تحصل على إيصال برمزك الشخصي؛ وبعدها يمكنك التسجيل في الأنشطة فورًا.</translation>
    </message>
    <message>
        <source>Klopt dit?</source>
        <translation>هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>أرسل</translation>
    </message>
    <message>
        <source>Niets gekozen</source>
        <translation>لم تختر شيئًا</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>الرمز الشخصي</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Huurdersnummer</source>
        <translation>رقم المستأجر</translation>
    </message>
    <message>
        <source>Wat je graag doet</source>
        <translation>ما تحب أن تفعله</translation>
    </message>
    <message>
        <source>Talen die je spreekt</source>
        <translation>اللغات التي تتكلمها</translation>
    </message>
    <message>
        <source>Wanneer je tijd hebt</source>
        <translation>متى يكون عندك وقت</translation>
    </message>
    <message>
        <source>Waar je ja tegen zegt</source>
        <translation>ما وافقت عليه</translation>
    </message>
    <message>
        <source>Nergens: geen vinkjes gezet</source>
        <translation>لا شيء: لم تضع أي علامة</translation>
    </message>
    <message>
        <source>Waarom je dit wilt doen</source>
        <translation>لماذا تريد أن تفعل هذا</translation>
    </message>
    <message>
        <source>Wanneer je wilt beginnen</source>
        <translation>متى تريد أن تبدأ</translation>
    </message>
    <message>
        <source>Wijzig</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>Wijzig: %1</source>
        <translation>غيّر: %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Wat doen we met je gegevens?</source>
        <translation>ماذا نفعل ببياناتك؟</translation>
    </message>
    <message>
        <source>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</source>
        <translation>نحفظ اسمك وعنوانك وطريقة الاتصال بك. نحتاج هذا لترتيب تسجيلك. لأي شيء آخر نسألك أولًا. ضع علامة إذا كنت موافقًا. يمكنك دائمًا أن تقول لا فيما بعد.</translation>
    </message>
    <message>
        <source>Zonder vinkjes kun je je ook gewoon aanmelden.</source>
        <translation>يمكنك التسجيل أيضًا بدون وضع أي علامة.</translation>
    </message>
</context>
<context>
    <name>ContrastSwitch</name>
    <message>
        <source>Sterk contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseScreen</name>
    <message>
        <source>De gegevens op dit apparaat waren beschadigd</source>
        <translation>كانت البيانات على هذا الجهاز تالفة</translation>
    </message>
    <message>
        <source>Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.</source>
        <translation>وضع Meedoen الملف جانبًا. لم يُحذف شيء. يجده المسؤول باسم %1.</translation>
    </message>
    <message>
        <source>Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.</source>
        <translation>اربط هذا الجهاز مرة أخرى بخادم مؤسسة الإسكان. بعد ذلك يجلب كل شيء من جديد. اطلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>اربط مرة أخرى</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>لا يمكن فتح قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>%1 is not a Meedoen database or it is damaged. It was not changed.</source>
        <translation>%1 ليست قاعدة بيانات Meedoen أو أنها تالفة. لم يتم تغييرها.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</source>
        <translation>%1 كُتبت بإصدار أحدث من Meedoen (المخطط %2، هذا الإصدار يعرف حتى %3). حدّث Meedoen؛ لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded. It was left as it was.</source>
        <translation>تعذّر تحديث قاعدة البيانات %1. بقيت كما كانت.</translation>
    </message>
</context>
<context>
    <name>DateOfBirthFields</name>
    <message>
        <source>Dag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>DeviceEnrollment</name>
    <message>
        <source>Bezig met koppelen…</source>
        <translation>جارٍ الربط…</translation>
    </message>
    <message>
        <source>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</source>
        <translation>اكتب عنوان الخادم، مثلًا https://meedoen.corporatie.nl.</translation>
    </message>
    <message>
        <source>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</source>
        <translation>هذا ليس عنوان خادم. العنوان يبدأ بـ https:// وليس فيه مسافات.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van de beheerder kreeg.</source>
        <translation>اكتب رمز الربط الذي أخذته من المسؤول.</translation>
    </message>
    <message>
        <source>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</source>
        <translation>رمز الربط هذا غير صحيح. رمز الربط فيه حروف وأرقام وشرطات فقط.</translation>
    </message>
    <message>
        <source>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</source>
        <translation>تم الربط. هذا الجهاز يتبادل الآن البيانات مع شركة السكن.</translation>
    </message>
</context>
<context>
    <name>EnrollPanel</name>
    <message>
        <source>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</source>
        <translation>هذا الجهاز غير مربوط بعد بخادم شركة السكن. اكتب عنوان الخادم ورمز الربط من المسؤول (صالح لمدة 15 دقيقة).</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>https://meedoen.corporatie.nl</source>
        <translation>https://meedoen.corporatie.nl</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>رمز الربط</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>ربط</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>Plek genoeg</source>
        <translation>توجد أماكن كافية</translation>
    </message>
    <message>
        <source>Vol — wachtlijst</source>
        <translation>ممتلئ — قائمة انتظار</translation>
    </message>
    <message numerus="yes">
        <source>Nog %n plek(ken)</source>
        <translation>
            <numerusform>لا توجد أماكن (%n)</numerusform>
            <numerusform>بقي مكان واحد (%n)</numerusform>
            <numerusform>بقي مكانان (%n)</numerusform>
            <numerusform>بقيت %n أماكن</numerusform>
            <numerusform>بقي %n مكانًا</numerusform>
            <numerusform>بقي %n مكان</numerusform>
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
        <translation>السكن</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>التعلّم</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>وقت الفراغ</translation>
    </message>
    <message>
        <source>Wacht op verzenden</source>
        <translation>ينتظر الإرسال</translation>
    </message>
    <message>
        <source>Verstuurd — we laten het je weten</source>
        <translation>تم الإرسال — سنخبرك</translation>
    </message>
    <message>
        <source>Je bent aangenomen</source>
        <translation>تم قبولك</translation>
    </message>
    <message>
        <source>Op de wachtlijst: nummer %1</source>
        <translation>في قائمة الانتظار: رقم %1</translation>
    </message>
    <message>
        <source>Op de wachtlijst</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>تم إلغاء التسجيل</translation>
    </message>
    <message>
        <source>Wacht op beoordeling</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>sinds vandaag %1</source>
        <translation>منذ اليوم %1</translation>
    </message>
    <message>
        <source>sinds gisteren %1</source>
        <translation>منذ أمس %1</translation>
    </message>
    <message>
        <source>sinds %1 %2</source>
        <translation>منذ %1 %2</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>منذ %1</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Wie ben je?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</source>
        <translation>اكتب الرمز الشخصي الذي أخذته من قبل، وتاريخ ميلادك.</translation>
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
        <translation>
            <numerusform>سنمسح الآن كل ما كتبته (%n).</numerusform>
            <numerusform>بعد ثانية واحدة (%n) سنمسح كل ما كتبته.</numerusform>
            <numerusform>بعد ثانيتين (%n) سنمسح كل ما كتبته.</numerusform>
            <numerusform>بعد %n ثوانٍ سنمسح كل ما كتبته.</numerusform>
            <numerusform>بعد %n ثانية سنمسح كل ما كتبته.</numerusform>
            <numerusform>بعد %n ثانية سنمسح كل ما كتبته.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ik ben er nog</source>
        <translation>أنا هنا</translation>
    </message>
</context>
<context>
    <name>InboxNotice</name>
    <message>
        <source>Je uren van %1 (%2 uur) zijn goedgekeurd.</source>
        <translation>تمت الموافقة على ساعاتك بتاريخ %1 (%2 ساعة).</translation>
    </message>
    <message>
        <source>Je uren van %1 zijn aangepast van %2 naar %3 uur.</source>
        <translation>تم تعديل ساعاتك بتاريخ %1 من %2 إلى %3 ساعة.</translation>
    </message>
    <message>
        <source>Je uren van %1 (%2 uur) zijn afgekeurd.</source>
        <translation>تم رفض ساعاتك بتاريخ %1 (%2 ساعة).</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>رسالة من الموظف: “%1”</translation>
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
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>ما حالة تسجيلي؟</translation>
    </message>
</context>
<context>
    <name>KioskStatus</name>
    <message>
        <source>Even geduld, we vragen het na…</source>
        <translation>لحظة من فضلك، نتحقق من ذلك…</translation>
    </message>
    <message>
        <source>We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.</source>
        <translation>لم نجد تسجيلًا بهذا الرمز الشخصي وتاريخ الميلاد. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak geprobeerd. Probeer het over %n seconden nog eens.</source>
        <translation>
            <numerusform>محاولات كثيرة. حاول مرة أخرى الآن (%n).</numerusform>
            <numerusform>محاولات كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, of kijk in de app op je telefoon.</source>
        <translation>يحتاج هذا إلى اتصال بالإنترنت، ولا يوجد اتصال الآن. حاول مرة أخرى لاحقًا، أو انظر في التطبيق على هاتفك.</translation>
    </message>
    <message>
        <source>Het opvragen is niet gelukt. Probeer het later nog eens.</source>
        <translation>لم ينجح الاستعلام. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Vraag een medewerker of je wijkconsulent om je code weer open te zetten.</source>
        <translation>تم قفل رمزك لأنه أُدخل معه تاريخ ميلاد خاطئ مرات كثيرة. اطلب من أحد الموظفين أو من مستشار الحي فتح رمزك من جديد.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.</source>
        <translation>حدّث التطبيق. هذا الإصدار لم يعد يعمل مع الخادم. من فضلك أخبر أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>KioskStatusPage</name>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>ما حالة تسجيلي؟</translation>
    </message>
    <message>
        <source>Je hebt je nog nergens voor aangemeld.</source>
        <translation>لم تسجل في أي شيء بعد.</translation>
    </message>
    <message>
        <source>Je aanmeldingen</source>
        <translation>تسجيلاتك</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Geïsoleerd</source>
        <translation>معزول</translation>
    </message>
    <message>
        <source>Je hebt weinig contact met andere mensen.</source>
        <translation>لديك تواصل قليل مع الناس.</translation>
    </message>
    <message>
        <source>Sociale contacten buitenshuis</source>
        <translation>علاقات اجتماعية خارج البيت</translation>
    </message>
    <message>
        <source>Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.</source>
        <translation>تتحدث مع أشخاص خارج بيتك، مثلاً في الحي.</translation>
    </message>
    <message>
        <source>Deelname aan georganiseerde activiteiten</source>
        <translation>المشاركة في أنشطة منظمة</translation>
    </message>
    <message>
        <source>Je doet mee aan activiteiten, zoals een taalcafé of een club.</source>
        <translation>تشارك في أنشطة، مثل مقهى اللغة أو نادٍ.</translation>
    </message>
    <message>
        <source>Onbetaald werk (vrijwilligerswerk, stage)</source>
        <translation>عمل بدون أجر (تطوع، تدريب)</translation>
    </message>
    <message>
        <source>Je doet vrijwilligerswerk of je loopt stage.</source>
        <translation>تقوم بعمل تطوعي أو تتدرب.</translation>
    </message>
    <message>
        <source>Betaald werk met ondersteuning</source>
        <translation>عمل بأجر مع دعم</translation>
    </message>
    <message>
        <source>Je hebt betaald werk en je krijgt daarbij hulp.</source>
        <translation>لديك عمل بأجر وتحصل على مساعدة فيه.</translation>
    </message>
    <message>
        <source>Betaald werk</source>
        <translation>عمل بأجر</translation>
    </message>
    <message>
        <source>Je hebt betaald werk.</source>
        <translation>لديك عمل بأجر.</translation>
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
        <translation>ربط التسجيلات</translation>
    </message>
    <message>
        <source>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</source>
        <translation>هل سجّلت من قبل في جهاز التسجيل في مركز الحي أو عند مستشار الحي؟ اكتب الرمز الشخصي من الإيصال وتاريخ ميلادك. عندها ترى تسجيلاتك على هذا الهاتف أيضًا.</translation>
    </message>
    <message>
        <source>Wacht op verbinding…</source>
        <translation>في انتظار الاتصال…</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Naar mijn aanmeldingen</source>
        <translation>إلى تسجيلاتي</translation>
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
        <translation>أخبار من حيّك</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>اقتراحات تناسبك</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>مشاركة البيانات مع الجهة المنظمة</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Huurdernummer</source>
        <translation>رقم المستأجر</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>الرمز الشخصي</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>Gemaakt op %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>ingetrokken op %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>متابعة طريقك إلى العمل أو الدراسة</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>طريقي</translation>
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
        <translation>لم تسجّل بعد على هذا الهاتف. اختر نشاطًا وسجّل.</translation>
    </message>
    <message>
        <source>Je persoonlijke code</source>
        <translation>رمزك الشخصي</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>رمز QR لرمزك الشخصي</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>إلغاء التسجيل</translation>
    </message>
    <message>
        <source>Al aangemeld bij de zuil of bij je wijkconsulent?</source>
        <translation>هل سجّلت من قبل في جهاز التسجيل أو عند مستشار الحي؟</translation>
    </message>
    <message>
        <source>Koppel je aanmeldingen</source>
        <translation>اربط تسجيلاتك</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Stap %1 van %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>NightScreen</name>
    <message>
        <source>Het scherm is uit. Tik om te beginnen.</source>
        <translation>الشاشة مطفأة. المس للبدء.</translation>
    </message>
</context>
<context>
    <name>NothingYetNotice</name>
    <message>
        <source>Er is nu niets om je voor aan te melden</source>
        <translation>لا يوجد الآن شيء يمكنك التسجيل فيه</translation>
    </message>
    <message>
        <source>Deze app is nog niet ingesteld</source>
        <translation>لم يتم إعداد هذا التطبيق بعد</translation>
    </message>
    <message>
        <source>Deze zuil is nog niet ingesteld</source>
        <translation>لم يتم إعداد هذا الجهاز بعد</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.</source>
        <translation>سيقوم موظف من مؤسسة الإسكان بتجهيز كل شيء. بعد ذلك سترى هنا ما يمكنك فعله.</translation>
    </message>
    <message>
        <source>De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.</source>
        <translation>يتم الآن جلب الأنشطة. عد بعد قليل أو اسأل أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>OpportunityPage</name>
    <message>
        <source>Vanaf %1 jaar</source>
        <translation>من عمر %1 سنة</translation>
    </message>
    <message>
        <source>Nederlands op niveau %1 (%2)</source>
        <translation>اللغة الهولندية بمستوى %1 (%2)</translation>
    </message>
    <message>
        <source>eenvoudige gesprekken</source>
        <translation>محادثات بسيطة</translation>
    </message>
    <message>
        <source>gewone gesprekken</source>
        <translation>محادثات عادية</translation>
    </message>
    <message>
        <source>Een bewijs (certificaat) als je klaar bent</source>
        <translation>شهادة عندما تنتهي</translation>
    </message>
    <message>
        <source>Van %1 tot %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Vanaf %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Wat ga je doen?</source>
        <translation>ماذا ستفعل؟</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>مع من؟</translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation>متى؟</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>أين؟</translation>
    </message>
    <message>
        <source>%1 hiervandaan</source>
        <translation>على بعد %1 من هنا</translation>
    </message>
    <message>
        <source>Wat vragen we?</source>
        <translation>ماذا نطلب منك؟</translation>
    </message>
    <message>
        <source>Wat krijg je?</source>
        <translation>ماذا تحصل؟</translation>
    </message>
    <message>
        <source>Vragen? Neem contact op met</source>
        <translation>عندك أسئلة؟ اتصل بـ</translation>
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
        <source>Ik ben nieuw</source>
        <translation>أنا جديد</translation>
    </message>
    <message>
        <source>Ik heb al een code</source>
        <translation>عندي رمز</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Buiten gebruik — neem contact op met de corporatie.</source>
        <translation>خارج الخدمة — يُرجى التواصل مع مؤسسة الإسكان.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PersonalCodeField</name>
    <message>
        <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
        <translation>رمز QR هذا ليس رمزًا شخصيًا. جرّب رمز QR الموجود على إيصالك.</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>الرمز الشخصي</translation>
    </message>
    <message>
        <source>Scan QR-code</source>
        <translation>امسح رمز QR</translation>
    </message>
    <message>
        <source>Lees je persoonlijke code met de camera</source>
        <translation>اقرأ رمزك الشخصي بالكاميرا</translation>
    </message>
    <message>
        <source>12 tekens, bijvoorbeeld %1</source>
        <translation>12 حرفًا، مثلًا %1</translation>
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
    <message>
        <source>Mijn uren</source>
        <translation>ساعاتي</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>الرسائل</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen berichten</source>
        <translation>
            <numerusform>لا رسائل غير مقروءة (%n)</numerusform>
            <numerusform>رسالة واحدة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneHours</name>
    <message>
        <source>Je uren zijn niet bewaard. Probeer het nog eens.</source>
        <translation>لم يتم حفظ ساعاتك. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>لم تُحفظ ساعاتك: هاتفك ممتلئ. وفّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PhoneHoursModel</name>
    <message>
        <source>Wacht op verzenden</source>
        <translation>ينتظر الإرسال</translation>
    </message>
    <message>
        <source>Verstuurd — nog niet goedgekeurd</source>
        <translation>أُرسلت — لم تتم الموافقة بعد</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur</source>
        <translation>عُدّلت إلى %1 ساعة</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur: %2</source>
        <translation>عُدّلت إلى %1 ساعة: %2</translation>
    </message>
    <message>
        <source>Afgekeurd</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Afgekeurd: %1</source>
        <translation>مرفوضة: %1</translation>
    </message>
    <message>
        <source>de datum ligt in de toekomst</source>
        <translation>التاريخ في المستقبل</translation>
    </message>
    <message numerus="yes">
        <source>de datum is langer dan %n dagen geleden</source>
        <translation>
            <numerusform>التاريخ أقدم من %n يوم</numerusform>
            <numerusform>التاريخ أقدم من يوم واحد (%n)</numerusform>
            <numerusform>التاريخ أقدم من يومين (%n)</numerusform>
            <numerusform>التاريخ أقدم من %n أيام</numerusform>
            <numerusform>التاريخ أقدم من %n يومًا</numerusform>
            <numerusform>التاريخ أقدم من %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>vul de tijd in per kwartier</source>
        <translation>أدخل الوقت بأرباع الساعة</translation>
    </message>
    <message numerus="yes">
        <source>meer dan %n uur op één dag</source>
        <translation>
            <numerusform>أكثر من %n ساعة في يوم واحد</numerusform>
            <numerusform>أكثر من ساعة واحدة (%n) في يوم واحد</numerusform>
            <numerusform>أكثر من ساعتين (%n) في يوم واحد</numerusform>
            <numerusform>أكثر من %n ساعات في يوم واحد</numerusform>
            <numerusform>أكثر من %n ساعة في يوم واحد</numerusform>
            <numerusform>أكثر من %n ساعة في يوم واحد</numerusform>
        </translation>
    </message>
    <message>
        <source>je bent hier (nog) niet aangenomen</source>
        <translation>لم يتم قبولك هنا (بعد)</translation>
    </message>
    <message>
        <source>de medewerker had het al bekeken</source>
        <translation>كان الموظف قد راجعها بالفعل</translation>
    </message>
    <message>
        <source>deze activiteit bestaat niet meer</source>
        <translation>هذا النشاط لم يعد موجودًا</translation>
    </message>
    <message>
        <source>de corporatie kon dit niet verwerken</source>
        <translation>لم تتمكن مؤسسة الإسكان من معالجة هذا</translation>
    </message>
</context>
<context>
    <name>PhoneHoursPage</name>
    <message>
        <source>Mijn uren</source>
        <translation>ساعاتي</translation>
    </message>
    <message>
        <source>Tegenprestatie in %1</source>
        <translation>ساعات المقابل في %1</translation>
    </message>
    <message>
        <source>Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4</source>
        <translation>المتفق عليه %1 ساعة · المُدخل %2 · الموافق عليه %3 · المتبقي %4</translation>
    </message>
    <message>
        <source>Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.</source>
        <translation>يمكنك إدخال الساعات عندما يتم قبولك في العمل التطوعي أو الإدارة الذاتية.</translation>
    </message>
    <message>
        <source>Uren aanpassen</source>
        <translation>تعديل الساعات</translation>
    </message>
    <message>
        <source>Uren invullen</source>
        <translation>إدخال الساعات</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Hoe lang (uren:minuten, per kwartier)</source>
        <translation>المدة (ساعات:دقائق، بأرباع الساعة)</translation>
    </message>
    <message>
        <source>Wat heb je gedaan? (mag leeg blijven)</source>
        <translation>ماذا فعلت؟ (يمكن تركه فارغًا)</translation>
    </message>
    <message>
        <source>Wijziging bewaren</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Uren bewaren</source>
        <translation>حفظ الساعات</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Ingevulde uren</source>
        <translation>الساعات المُدخلة</translation>
    </message>
    <message>
        <source>%1 uur — %2</source>
        <translation>%1 ساعة — %2</translation>
    </message>
    <message>
        <source>Aanpassen</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 aanpassen</source>
        <translation>تعديل ساعات %1 في %2</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 intrekken</source>
        <translation>سحب ساعات %1 في %2</translation>
    </message>
    <message>
        <source>%1 uur op %2 bij %3</source>
        <translation>%1 ساعة يوم %2 في %3</translation>
    </message>
    <message>
        <source>Uren intrekken?</source>
        <translation>سحب هذه الساعات؟</translation>
    </message>
    <message>
        <source>%1 telt dan niet meer mee.</source>
        <translation>%1 لن تُحتسب بعد ذلك.</translation>
    </message>
    <message>
        <source>bijvoorbeeld %1</source>
        <translation>مثلًا %1</translation>
    </message>
</context>
<context>
    <name>PhoneInbox</name>
    <message>
        <source>Nieuw bericht in Meedoen</source>
        <translation>رسالة جديدة في Meedoen</translation>
    </message>
</context>
<context>
    <name>PhoneInboxPage</name>
    <message>
        <source>Berichten</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Alles gelezen</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <source>Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.</source>
        <translation>لا توجد رسائل بعد. هنا تقرأ ما تقرره مؤسسة السكن بشأن تسجيلاتك وساعاتك.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Je uren</source>
        <translation>ساعاتك</translation>
    </message>
    <message>
        <source>Ontvangen op %1</source>
        <translation>وصلت في %1</translation>
    </message>
</context>
<context>
    <name>PhoneMyDataPage</name>
    <message>
        <source>Mijn gegevens</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>Deze telefoon bewaart geen gegevens van je.</source>
        <translation>لا يحتفظ هذا الهاتف بأي بيانات عنك.</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>%1 intrekken</source>
        <translation>سحب %1</translation>
    </message>
    <message>
        <source>Aanmeldingen (%1)</source>
        <translation>التسجيلات (%1)</translation>
    </message>
    <message>
        <source>Uren (%1)</source>
        <translation>الساعات (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur</source>
        <translation>%1: %2، %3 ساعة</translation>
    </message>
    <message>
        <source>Download mijn gegevens</source>
        <translation>تنزيل بياناتي</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>تعذّر الحفظ.</translation>
    </message>
    <message>
        <source>Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1</source>
        <translation>حُفظت باسم mijn-gegevens.json و mijn-gegevens.html في %1</translation>
    </message>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>هل تريد سحب الموافقة؟</translation>
    </message>
    <message>
        <source>We gebruiken je gegevens dan niet meer voor: %1.</source>
        <translation>لن نستخدم بياناتك بعد ذلك من أجل: %1.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Gegevens laten verwijderen</source>
        <translation>طلب حذف بياناتي</translation>
    </message>
    <message>
        <source>Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.</source>
        <translation>طُلب في %1. سيحذف موظف من مؤسسة الإسكان بياناتك خلال شهر؛ وبعد ذلك لن تبقى على هذا الهاتف أيضًا.</translation>
    </message>
    <message>
        <source>Je kunt de corporatie vragen al je gegevens te verwijderen.</source>
        <translation>يمكنك أن تطلب من مؤسسة الإسكان حذف جميع بياناتك.</translation>
    </message>
    <message>
        <source>Vraag om verwijdering van mijn gegevens</source>
        <translation>اطلب حذف بياناتي</translation>
    </message>
    <message>
        <source>Je gegevens laten verwijderen?</source>
        <translation>هل تريد حذف بياناتك؟</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.</source>
        <translation>سيحذف موظف من مؤسسة الإسكان عندئذٍ اسمك وعنوانك وبيانات الاتصال بك وموافقاتك ورمزك الشخصي، على الخادم وعلى هذا الهاتف. تُسحب تسجيلاتك ويصبح مكانك متاحًا لقائمة الانتظار. تُحفظ الساعات التي عملتها دون اسمك لأغراض الإحصاء. لا يمكن التراجع عن ذلك؛ وإذا أردت المشاركة لاحقًا فسجّل من جديد.</translation>
    </message>
    <message>
        <source>Verwijderen aanvragen</source>
        <translation>اطلب الحذف</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>طريقي</translation>
    </message>
    <message>
        <source>Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.</source>
        <translation>لم يُسجَّل شيء بعد. يقوم موظف بذلك معك.</translation>
    </message>
    <message>
        <source>Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.</source>
        <translation>لم تعطِ موافقة على متابعة طريقك. لذلك لا يظهر شيء هنا.</translation>
    </message>
    <message>
        <source>%1: stap %2 van %3</source>
        <translation>%1: الخطوة %2 من %3</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
    <message>
        <source>Je doel: %1. We kijken er samen weer naar op %2.</source>
        <translation>هدفك: %1. سننظر فيه معاً مرة أخرى في %2.</translation>
    </message>
    <message>
        <source>Toestemming geven</source>
        <translation>إعطاء الموافقة</translation>
    </message>
    <message>
        <source>Toestemming geven om mijn weg bij te houden</source>
        <translation>الموافقة على متابعة طريقي</translation>
    </message>
    <message>
        <source>Nee, liever niet</source>
        <translation>لا، أفضّل ألا</translation>
    </message>
    <message>
        <source>Ja, dat mag</source>
        <translation>نعم، موافق</translation>
    </message>
</context>
<context>
    <name>QrScanView</name>
    <message>
        <source>Houd de QR-code van je persoonlijke code voor de camera</source>
        <translation>ضع رمز QR لرمزك الشخصي أمام الكاميرا</translation>
    </message>
    <message>
        <source>Beeld van de camera</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <source>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</source>
        <translation>الكاميرا لا تعمل. اسمح للتطبيق باستخدام الكاميرا، أو اكتب رمزك بيدك.</translation>
    </message>
    <message>
        <source>Er is geen camera gevonden. Typ je code over.</source>
        <translation>لم نجد كاميرا. اكتب رمزك بيدك.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Stop met voorlezen</source>
        <translation>أوقف القراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Aangevraagd — we laten het je weten</source>
        <translation>تم الطلب — سنخبرك</translation>
    </message>
    <message>
        <source>Je hebt een plek aangevraagd bij: %1</source>
        <translation>طلبت مكانًا في: %1</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>رمز QR لرمزك الشخصي</translation>
    </message>
    <message>
        <source>Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.</source>
        <translation>رمزك محفوظ على هذا الهاتف. تجده في تسجيلاتي.</translation>
    </message>
    <message>
        <source>Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.</source>
        <translation>احتفظ برمزك جيدًا. هل تريد أن ترى تسجيلاتك على هذا الهاتف؟ اختر إذن تسجيلاتي ثم اربط تسجيلاتك.</translation>
    </message>
    <message>
        <source>Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>اكتب رمزك أو التقط له صورة. برمزك وتاريخ ميلادك تسجّل بسرعة في المرة القادمة.</translation>
    </message>
    <message>
        <source>Met je code en je geboortedatum meld je je snel aan.</source>
        <translation>برمزك وتاريخ ميلادك تسجّل بسرعة.</translation>
    </message>
    <message>
        <source>Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.</source>
        <translation>اكتب رمزك أيضًا. عندها يمكنك استخدامه أيضًا في جهاز التسجيل في المركز الاجتماعي.</translation>
    </message>
    <message>
        <source>Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.</source>
        <translation>هل عندك تطبيق Meedoen؟ اختر فيه تسجيلاتي ثم اربط تسجيلاتك. ثم امسح رمز QR هذا.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt</source>
        <translation>لم ينجح تسجيلك</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor de wachtlijst van: %1</source>
        <translation>سجّلت في قائمة الانتظار لـ: %1</translation>
    </message>
    <message>
        <source>Dit is je persoonlijke code:</source>
        <translation>هذا رمزك الشخصي:</translation>
    </message>
    <message>
        <source>Je aanmelding is toegevoegd aan je persoonlijke code:</source>
        <translation>أُضيف تسجيلك إلى رمزك الشخصي:</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>رمزك الشخصي: %1</translation>
    </message>
    <message>
        <source>Print je bon</source>
        <translation>اطبع إيصالك</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Je staat op de wachtlijst voor: %1</source>
        <translation>أنت في قائمة الانتظار لـ: %1</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor: %1</source>
        <translation>سجّلت في: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code:</source>
        <translation>رمزك الشخصي:</translation>
    </message>
    <message>
        <source>Je aanmelding staat bij je persoonlijke code:</source>
        <translation>تسجيلك مرتبط برمزك الشخصي:</translation>
    </message>
    <message>
        <source>Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>احتفظ بهذا الإيصال. برمزك وتاريخ ميلادك تسجّل بسرعة في المرة القادمة.</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>إيصال Meedoen</translation>
    </message>
    <message>
        <source>Je bon komt uit de printer.</source>
        <translation>إيصالك يخرج من الطابعة.</translation>
    </message>
    <message>
        <source>Printen lukt nu niet. Schrijf je code op of maak er een foto van.</source>
        <translation>الطباعة لا تعمل الآن. اكتب رمزك أو التقط له صورة.</translation>
    </message>
</context>
<context>
    <name>RegisterAddressPage</name>
    <message>
        <source>Waar woon je?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>رقم البيت</translation>
    </message>
    <message>
        <source>Toevoeging (als je die hebt)</source>
        <translation>إضافة لرقم البيت (إذا كانت عندك)</translation>
    </message>
    <message>
        <source>Hoe kunnen we je bereiken?</source>
        <translation>كيف نتواصل معك؟</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</source>
        <translation>اكتب رقم هاتفك أو بريدك الإلكتروني. واحد منهما يكفي.</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>E-mailadres (als je wilt)</source>
        <translation>البريد الإلكتروني (إذا أردت)</translation>
    </message>
    <message>
        <source>Huurdersnummer (als je het weet)</source>
        <translation>رقم المستأجر (إذا كنت تعرفه)</translation>
    </message>
    <message>
        <source>Staat op je huurcontract of in de brief van de corporatie</source>
        <translation>تجده في عقد الإيجار أو في رسالة شركة الإسكان</translation>
    </message>
    <message>
        <source>Bijvoorbeeld %1</source>
        <translation>مثلًا %1</translation>
    </message>
</context>
<context>
    <name>RegisterAvailabilityPage</name>
    <message>
        <source>Wanneer heb je tijd?</source>
        <translation>متى يكون عندك وقت؟</translation>
    </message>
    <message>
        <source>Tik op de vakjes die passen. Je mag ook niets kiezen.</source>
        <translation>اضغط على المربعات المناسبة. يمكنك أيضًا ألا تختار شيئًا.</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>إثنين</translation>
    </message>
    <message>
        <source>di</source>
        <translation>ثلاثاء</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>أربعاء</translation>
    </message>
    <message>
        <source>do</source>
        <translation>خميس</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>جمعة</translation>
    </message>
    <message>
        <source>za</source>
        <translation>سبت</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>أحد</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>المساء</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>RegisterInterestsPage</name>
    <message>
        <source>Wat doe je graag?</source>
        <translation>ماذا تحب أن تفعل؟</translation>
    </message>
    <message>
        <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
        <translation>اختر ما تريد، قليلًا أو كثيرًا. يمكنك أيضًا ألا تختار شيئًا.</translation>
    </message>
    <message>
        <source>Welke talen spreek je?</source>
        <translation>ما اللغات التي تتحدثها؟</translation>
    </message>
</context>
<context>
    <name>RegisterNamePage</name>
    <message>
        <source>Voornaam</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie ben je?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
        <translation>يجب أن يكون عمرك 16 سنة أو أكثر لتشارك.</translation>
    </message>
    <message>
        <source>Wat is je geboortedatum?</source>
        <translation>ما تاريخ ميلادك؟</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</source>
        <translation>اكتب رقم هاتفك أو بريدك الإلكتروني. هكذا نستطيع التواصل معك.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in: dag, maand en jaar.</source>
        <translation>اكتب تاريخ ميلادك: اليوم والشهر والسنة.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</source>
        <translation>هذا التاريخ غير موجود. راجع اليوم والشهر والسنة مرة أخرى.</translation>
    </message>
    <message>
        <source>Vul je persoonlijke code in. Je vindt hem op je bon.</source>
        <translation>اكتب رمزك الشخصي. تجده على إيصالك.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</source>
        <translation>هذا الرمز غير صحيح. انظر مرة أخرى إلى إيصالك: 12 حرفًا، مثل ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>Schrijf in een paar woorden waarom je dit wilt.</source>
        <translation>اكتب في كلمات قليلة لماذا تريد هذا.</translation>
    </message>
    <message>
        <source>Kies wanneer je wilt beginnen.</source>
        <translation>اختر متى تريد أن تبدأ.</translation>
    </message>
    <message>
        <source>Nieuws uit je buurt</source>
        <translation>أخبار من حيّك</translation>
    </message>
    <message>
        <source>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</source>
        <translation>يمكننا أن نتصل بك أو نرسل لك رسالة أو بريدًا عن أنشطة جديدة في حيّك.</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>نصائح تناسبك</translation>
    </message>
    <message>
        <source>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</source>
        <translation>يمكننا أن نستخدم اهتماماتك ووقت فراغك لنبحث لك عن أنشطة.</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>مشاركة البيانات مع الجهة المنظِّمة</translation>
    </message>
    <message>
        <source>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</source>
        <translation>يمكننا أن نعطي اسمك ورقم هاتفك للجهة التي تنظم النشاط. وهي تتصل بك بنفسها.</translation>
    </message>
    <message>
        <source>Er klopt nog iets niet. Kijk naar de rode meldingen.</source>
        <translation>ما زال هناك شيء غير صحيح. انظر إلى الرسائل الحمراء.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</source>
        <translation>لم ينجح الحفظ. حاول مرة أخرى، أو اطلب المساعدة عند مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Taal en lezen</source>
        <translation>اللغة والقراءة</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Ouderen</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>Klussen</source>
        <translation>أعمال الإصلاح</translation>
    </message>
    <message>
        <source>Tuin en groen</source>
        <translation>الحديقة والنباتات</translation>
    </message>
    <message>
        <source>Koken</source>
        <translation>الطبخ</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>الرياضة</translation>
    </message>
    <message>
        <source>Muziek</source>
        <translation>الموسيقى</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Techniek</source>
        <translation>التقنية</translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation>الأعمال الإدارية</translation>
    </message>
    <message>
        <source>Winkel</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Schoonmaken</source>
        <translation>التنظيف</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>الرعاية</translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. Probeer het nog een keer.</source>
        <translation>لم ينجح الحفظ. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</source>
        <translation>سنبحث عن تسجيلاتك عندما يتصل هاتفك بالإنترنت.</translation>
    </message>
    <message>
        <source>Gelukt: je aanmeldingen staan nu op deze telefoon.</source>
        <translation>تم: تسجيلاتك موجودة الآن على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Gelukt. Je aanmeldingen komen zo binnen.</source>
        <translation>تم. ستصل تسجيلاتك بعد قليل.</translation>
    </message>
    <message>
        <source>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</source>
        <translation>لا نعرف هذا الرمز مع تاريخ الميلاد هذا. راجع رمزك وتاريخ ميلادك مرة أخرى.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.</source>
        <translation>لا يوجد مكان شاغر الآن: ستوضع على قائمة الانتظار. عندما يتوفر مكان، سيراجع أحد الموظفين تسجيلك.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.</source>
        <translation>لا يوجد مكان شاغر الآن: ستوضع على قائمة الانتظار. عندما يتوفر مكان، يُعطى حسب ترتيب التسجيل.</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.</source>
        <translation>سيراجع أحد موظفي مؤسسة الإسكان تسجيلك ويخبرك. حتى ذلك الحين نحجز لك مكانًا.</translation>
    </message>
    <message>
        <source>Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.</source>
        <translation>إذا كان هناك مكان، فهو لك فور وصول تسجيلك إلى مؤسسة الإسكان. لا تحتاج إلى انتظار أحد الموظفين.</translation>
    </message>
    <message numerus="yes">
        <source>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>تم إدخال رمز أو تاريخ ميلاد خاطئ مرات كثيرة. انتظر %n دقيقة ثم حاول مرة أخرى.</numerusform>
            <numerusform>تم إدخال رمز أو تاريخ ميلاد خاطئ مرات كثيرة. انتظر دقيقة واحدة ثم حاول مرة أخرى.</numerusform>
            <numerusform>تم إدخال رمز أو تاريخ ميلاد خاطئ مرات كثيرة. انتظر دقيقتين ثم حاول مرة أخرى.</numerusform>
            <numerusform>تم إدخال رمز أو تاريخ ميلاد خاطئ مرات كثيرة. انتظر %n دقائق ثم حاول مرة أخرى.</numerusform>
            <numerusform>تم إدخال رمز أو تاريخ ميلاد خاطئ مرات كثيرة. انتظر %n دقيقة ثم حاول مرة أخرى.</numerusform>
            <numerusform>تم إدخال رمز أو تاريخ ميلاد خاطئ مرات كثيرة. انتظر %n دقيقة ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.</source>
        <translation>تم قفل رمزك لأنه أُدخل معه تاريخ ميلاد خاطئ مرات كثيرة. اذهب إلى مستشار الحي (wijkconsulent). يمكنه فتح رمزك مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</source>
        <translation>
            <numerusform>هذا الرمز وتاريخ الميلاد هذا لا يتطابقان. تحقق منهما جيدًا. لم تعد لديك محاولات.</numerusform>
            <numerusform>هذا الرمز وتاريخ الميلاد هذا لا يتطابقان. تحقق منهما جيدًا. يمكنك المحاولة مرة واحدة أخرى.</numerusform>
            <numerusform>هذا الرمز وتاريخ الميلاد هذا لا يتطابقان. تحقق منهما جيدًا. يمكنك المحاولة مرتين أخريين.</numerusform>
            <numerusform>هذا الرمز وتاريخ الميلاد هذا لا يتطابقان. تحقق منهما جيدًا. يمكنك المحاولة %n مرات أخرى.</numerusform>
            <numerusform>هذا الرمز وتاريخ الميلاد هذا لا يتطابقان. تحقق منهما جيدًا. يمكنك المحاولة %n مرة أخرى.</numerusform>
            <numerusform>هذا الرمز وتاريخ الميلاد هذا لا يتطابقان. تحقق منهما جيدًا. يمكنك المحاولة %n مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>لم ينجح الحفظ: هاتفك ممتلئ. وفّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er nog. Probeer het later nog een keer, of vraag hulp bij de balie.</source>
        <translation>لم ينجح الحفظ: ذاكرة هذا الجهاز ممتلئة. ما كتبته لا يزال هنا. حاول مرة أخرى لاحقًا، أو اطلب المساعدة عند المكتب.</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>متابعة طريقك إلى العمل أو الدراسة</translation>
    </message>
    <message>
        <source>Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer uitzetten. Dan halen we het weg.</source>
        <translation>يمكن لموظف أن يتابع أحوالك: مثلاً هل تشارك في الحي، أو تقوم بعمل تطوعي، أو لديك عمل. ترى ذلك بنفسك في التطبيق. يمكنك دائماً إيقاف ذلك. عندها نحذفه.</translation>
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
    <name>SignupStatusText</name>
    <message>
        <source>Je plek is begonnen op %1.</source>
        <translation>بدأ مكانك في %1.</translation>
    </message>
    <message>
        <source>Je plek is begonnen.</source>
        <translation>بدأ مكانك.</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond op %1. Goed gedaan!</source>
        <translation>أكملت مكانك في %1. أحسنت!</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond. Goed gedaan!</source>
        <translation>أكملت مكانك. أحسنت!</translation>
    </message>
    <message>
        <source>Je plek is gestopt op %1.</source>
        <translation>توقف مكانك في %1.</translation>
    </message>
    <message>
        <source>Je plek is gestopt.</source>
        <translation>توقف مكانك.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is.</source>
        <translation>لم يُرسل بعد. سيُرسل تسجيلك فور توفر الاتصال.</translation>
    </message>
    <message>
        <source>Verstuurd. We laten je weten of je een plek hebt.</source>
        <translation>تم الإرسال. سنخبرك إن كان لديك مكان.</translation>
    </message>
    <message>
        <source>Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>تم التقديم في %1. مكانك محجوز؛ سيراجع أحد الموظفين تسجيلك ويخبرك.</translation>
    </message>
    <message>
        <source>Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>تم التقديم. مكانك محجوز؛ سيراجع أحد الموظفين تسجيلك ويخبرك.</translation>
    </message>
    <message>
        <source>Je hebt een plek. Bevestigd op %1.</source>
        <translation>لديك مكان. تم التأكيد في %1.</translation>
    </message>
    <message>
        <source>Je hebt een plek.</source>
        <translation>لديك مكان.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2).</source>
        <translation>أنت على قائمة الانتظار برقم %1 (حُدّث في %2).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1.</source>
        <translation>أنت على قائمة الانتظار برقم %1.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst (bijgewerkt op %1).</source>
        <translation>أنت على قائمة الانتظار (حُدّث في %1).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst.</source>
        <translation>أنت على قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding op %1 afgewezen.</source>
        <translation>رفض أحد الموظفين تسجيلك في %1.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding afgewezen.</source>
        <translation>رفض أحد الموظفين تسجيلك.</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1).</source>
        <translation>لم ينجح: انتهى النشاط قبل أن يتوفر مكان (%1).</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam.</source>
        <translation>لم ينجح: انتهى النشاط قبل أن يتوفر مكان.</translation>
    </message>
    <message>
        <source>Je aanmelding is op %1 niet gelukt.</source>
        <translation>لم ينجح تسجيلك في %1.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt.</source>
        <translation>لم ينجح تسجيلك.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld op %1.</source>
        <translation>انسحبت في %1.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld.</source>
        <translation>انسحبت.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>رسالة من الموظف: “%1”</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Gegeven op %1, tekstversie %2</source>
        <translation>أُعطيت في %1، نسخة النص %2</translation>
    </message>
    <message>
        <source>Gegeven op %1 in het %2, tekstversie %3</source>
        <translation>أُعطيت في %1 باللغة %2، نسخة النص %3</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan.</source>
        <translation>لم ينجح: رمزك الشخصي وتاريخ ميلادك لا يتطابقان. تحقق منهما وسجّل مرة أخرى.</translation>
    </message>
    <message>
        <source>Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens.</source>
        <translation>لم ينجح: تم إدخال رمز أو تاريخ ميلاد خاطئ هنا مرات كثيرة. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten.</source>
        <translation>لم ينجح: تم قفل رمزك الشخصي لأنه أُدخل معه تاريخ ميلاد خاطئ مرات كثيرة. اذهب إلى مستشار الحي (wijkconsulent). يمكنه فتحه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Sroi</name>
    <message>
        <source>Maanden stage</source>
        <translation>أشهر التدريب العملي</translation>
    </message>
    <message>
        <source>Maanden leerwerkplek</source>
        <translation>أشهر في مكان تعلّم وعمل</translation>
    </message>
    <message>
        <source>Maanden re-integratieplek</source>
        <translation>أشهر في مكان لإعادة الاندماج في العمل</translation>
    </message>
    <message>
        <source>Bijdrage in geld: %1</source>
        <translation>مساهمة مالية: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers van de corporatie: %1</source>
        <translation>ساعات عمل موظفي مؤسسة الإسكان: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers: %1</source>
        <translation>ساعات عمل الموظفين: %1</translation>
    </message>
    <message>
        <source>Gebruik van ruimte: %1</source>
        <translation>استخدام المكان: %1</translation>
    </message>
    <message>
        <source>Aangeboden plaatsen: %1</source>
        <translation>الأماكن المعروضة: %1</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>ساعات العمل التطوعي</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen begonnen</source>
        <translation>أماكن تعلّم وعمل بدأت</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen afgerond</source>
        <translation>أماكن تعلّم وعمل اكتملت</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>مستأجرون صعدوا درجة</translation>
    </message>
    <message>
        <source>Huurders op dezelfde trede</source>
        <translation>مستأجرون بقوا في الدرجة نفسها</translation>
    </message>
    <message>
        <source>Huurders een trede lager</source>
        <translation>مستأجرون نزلوا درجة</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>إجمالي المدخلات</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>إجمالي النواتج</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>يورو</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>aspirant</source>
        <translation>مرشّح</translation>
    </message>
    <message>
        <source>trede 1</source>
        <translation>الدرجة 1</translation>
    </message>
    <message>
        <source>trede 2</source>
        <translation>الدرجة 2</translation>
    </message>
    <message>
        <source>trede 3</source>
        <translation>الدرجة 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>Stage, per maand</source>
        <translation>تدريب عملي، لكل شهر</translation>
    </message>
    <message>
        <source>Leerwerkplek, per maand</source>
        <translation>مكان تعلّم وعمل، لكل شهر</translation>
    </message>
    <message>
        <source>Re-integratieplek, per maand</source>
        <translation>مكان لإعادة الاندماج في العمل، لكل شهر</translation>
    </message>
    <message>
        <source>SROI-invoer</source>
        <translation>بيانات SROI</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>alle wijken</source>
        <translation>كل الأحياء</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>alle locaties</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>كل المسارات</translation>
    </message>
    <message>
        <source>Stand op</source>
        <translation>الحالة في</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Proxy (€)</source>
        <translation>المؤشر المالي (€)</translation>
    </message>
    <message>
        <source>Waarde (€)</source>
        <translation>القيمة (€)</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <source>Opbrengst</source>
        <translation>النواتج</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>العائد الاجتماعي</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>PSO-niveau</source>
        <translation>مستوى PSO</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Contractwaarde (€)</source>
        <translation>قيمة العقد (€)</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Verplicht (€)</source>
        <translation>المطلوب (€)</translation>
    </message>
    <message>
        <source>Gerealiseerd (€)</source>
        <translation>المحقَّق (€)</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>نسبة الوفاء</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>حالات الإلحاق</translation>
    </message>
    <message>
        <source>loonsom</source>
        <translation>كتلة الأجور</translation>
    </message>
    <message>
        <source>contractwaarde</source>
        <translation>قيمة العقد</translation>
    </message>
    <message>
        <source>Proxies en bronnen</source>
        <translation>المؤشرات المالية والمصادر</translation>
    </message>
    <message>
        <source>Ten hoogste</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message numerus="yes">
        <source>%n maanden</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد (%n)</numerusform>
            <numerusform>شهران (%n)</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligersuur</source>
        <translation>ساعة تطوع</translation>
    </message>
    <message>
        <source>Uur van een medewerker</source>
        <translation>ساعة عمل موظف</translation>
    </message>
    <message>
        <source>Uur gebruik van ruimte</source>
        <translation>ساعة استخدام المكان</translation>
    </message>
    <message>
        <source>Een trede hoger</source>
        <translation>درجة واحدة أعلى</translation>
    </message>
    <message>
        <source>Drempel social return (contractwaarde boven)</source>
        <translation>حدّ العائد الاجتماعي (قيمة العقد أعلى من)</translation>
    </message>
    <message>
        <source>Aandeel van de contractwaarde</source>
        <translation>النسبة من قيمة العقد</translation>
    </message>
    <message>
        <source>Aandeel van de loonsom</source>
        <translation>النسبة من كتلة الأجور</translation>
    </message>
</context>
<context>
    <name>StaffAuditPage</name>
    <message>
        <source>Logboek</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>deze tablet</source>
        <translation>هذا الجهاز اللوحي</translation>
    </message>
</context>
<context>
    <name>StaffCandidatesPage</name>
    <message>
        <source>Wie past hierbij?</source>
        <translation>من يناسب هذا؟</translation>
    </message>
    <message>
        <source>Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.</source>
        <translation>فقط السكان الذين وافقوا على اقتراح أنشطة مناسبة لهم. اسأل أولًا إن كان ذلك يناسبهم.</translation>
    </message>
    <message>
        <source>Er is nu niemand die hierbij past en toestemming gaf.</source>
        <translation>لا يوجد الآن أحد يناسب هذا وأعطى موافقته.</translation>
    </message>
    <message>
        <source>%1, al aangemeld. %2</source>
        <translation>%1، مسجّل بالفعل. %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Al aangemeld</source>
        <translation>مسجّل بالفعل</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>StaffCatalogue</name>
    <message>
        <source>Deze activiteit bestaat niet meer.</source>
        <translation>هذا النشاط لم يعد موجودًا.</translation>
    </message>
    <message numerus="yes">
        <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
        <translation>
            <numerusform>لا يوجد مشاركون مؤكَّدون (%n). لا يمكن أن تكون السعة أقل من ذلك.</numerusform>
            <numerusform>يوجد مشارك مؤكَّد واحد (%n). لا يمكن أن تكون السعة أقل من ذلك.</numerusform>
            <numerusform>يوجد مشاركان مؤكَّدان (%n). لا يمكن أن تكون السعة أقل من ذلك.</numerusform>
            <numerusform>يوجد %n مشاركين مؤكَّدين. لا يمكن أن تكون السعة أقل من ذلك.</numerusform>
            <numerusform>يوجد %n مشاركًا مؤكَّدًا. لا يمكن أن تكون السعة أقل من ذلك.</numerusform>
            <numerusform>يوجد %n مشارك مؤكَّد. لا يمكن أن تكون السعة أقل من ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul een datum in als 2026-12-01 of 1-12-2026.</source>
        <translation>اكتب تاريخًا مثل 2026-12-01 أو 1-12-2026.</translation>
    </message>
    <message>
        <source>Controleer dit veld.</source>
        <translation>راجع هذا الحقل.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>راجع الحقول المحددة (%n).</numerusform>
            <numerusform>راجع الحقل المحدد (%n).</numerusform>
            <numerusform>راجع الحقلين المحددين (%n).</numerusform>
            <numerusform>راجع الحقول الـ %n المحددة.</numerusform>
            <numerusform>راجع الـ %n حقلًا المحددة.</numerusform>
            <numerusform>راجع الـ %n حقل المحددة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCataloguePage</name>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 van %5 plaatsen bezet</source>
        <translation>%1 · %2 · %3 · %4 من %5 أماكن مشغولة</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 sluiten</source>
        <translation>إغلاق %1</translation>
    </message>
    <message>
        <source>Wie past hierbij?</source>
        <translation>من يناسب هذا؟</translation>
    </message>
    <message>
        <source>Wie past bij %1?</source>
        <translation>من يناسب %1؟</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Deelnemers van %1</source>
        <translation>المشاركون في %1</translation>
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
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>afwijzen</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>teruggetrokken</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</source>
        <translation>لم يتم تنفيذ هذه القرارات: التسجيل تغيّر في هذه الأثناء. القرار السابق يبقى كما هو.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</source>
        <translation>القرار &quot;%1&quot; من %2 على الإصدار %3؛ التسجيل كان على الإصدار %4 وهو الآن %5.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>te beoordelen</source>
        <translation>للمراجعة</translation>
    </message>
</context>
<context>
    <name>StaffDashboardPage</name>
    <message>
        <source>Resultaten</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Cijfers als CSV</source>
        <translation>الأرقام كملف CSV</translation>
    </message>
    <message>
        <source>Besluiten als CSV</source>
        <translation>القرارات كملف CSV</translation>
    </message>
    <message>
        <source>Cijfers van de server, stand van %1.</source>
        <translation>أرقام من الخادم، حسب حالة %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</source>
        <translation>لا يوجد اتصال بالخادم: محسوبة من البيانات على هذا الجهاز اللوحي، محدَّثة حتى %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
        <translation>لا يوجد اتصال بالخادم: محسوبة من البيانات على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>المتطوعون النشطون</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation>المسارات التي بدأت</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>الساعات في الشهر</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers per maand</source>
        <translation>المتطوعون النشطون في الشهر</translation>
    </message>
    <message>
        <source>Bezetting en wachtlijst per activiteit</source>
        <translation>الأماكن المشغولة وقائمة الانتظار لكل نشاط</translation>
    </message>
    <message>
        <source>%1: %2 van %3, wachtlijst %4</source>
        <translation>%1: %2 من %3، قائمة الانتظار %4</translation>
    </message>
    <message>
        <source>%1: %2 (onbeperkt), wachtlijst %3</source>
        <translation>%1: %2 (بلا حد)، قائمة الانتظار %3</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>تصدير الأرقام</translation>
    </message>
    <message>
        <source>Besluiten exporteren</source>
        <translation>تصدير القرارات</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>الملف سيخرج من التطبيق المحمي. أكّد برمزك السري (PIN).</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Zuilen die stil zijn</source>
        <translation>أكشاك توقفت عن الاتصال</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.</source>
        <translation>بدون اتصال بالخادم لا يمكن معرفة ما إذا كانت أكشاك هذا الموقع تعمل.</translation>
    </message>
    <message>
        <source>Deze locatie heeft geen zuilen.</source>
        <translation>لا توجد أكشاك في هذا الموقع.</translation>
    </message>
    <message>
        <source>Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.</source>
        <translation>شوهدت جميع أكشاك هذا الموقع خلال آخر %1 ساعة.</translation>
    </message>
    <message>
        <source>De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.</source>
        <translation>لم يرَ الخادم هذه الأكشاك منذ أكثر من %1 ساعة. تحقق من أنها تعمل ومتصلة.</translation>
    </message>
    <message>
        <source>Zuil %1</source>
        <translation>كشك %1</translation>
    </message>
    <message>
        <source>Stil %1</source>
        <translation>متوقف %1</translation>
    </message>
    <message>
        <source>Nooit gezien; ingeschreven %1</source>
        <translation>لم يُرَ أبدًا؛ سُجّل في %1</translation>
    </message>
    <message>
        <source>Wachtrij onbekend (oudere versie van de app)</source>
        <translation>قائمة الانتظار غير معروفة (إصدار أقدم من التطبيق)</translation>
    </message>
    <message>
        <source>Niets in de wachtrij</source>
        <translation>لا شيء في قائمة الانتظار</translation>
    </message>
    <message>
        <source>%1 in de wachtrij, de oudste %2</source>
        <translation>%1 في قائمة الانتظار، الأقدم %2</translation>
    </message>
    <message>
        <source>Participatieladder: verder gekomen, gelijk gebleven, gedaald</source>
        <translation>سلم المشاركة: تقدّم، بقي كما هو، تراجع</translation>
    </message>
    <message>
        <source>In deze periode is niemand twee keer gemeten.</source>
        <translation>لم يُقَس أحد مرتين في هذه الفترة.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Gedaald</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen voor deze keuze.</source>
        <translation>لا توجد أهداف لهذا الاختيار بعد.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>كل المسارات</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>الربع %1 من %2</translation>
    </message>
    <message>
        <source>jaar %1</source>
        <translation>سنة %1</translation>
    </message>
    <message>
        <source>Doel %1. Begint op %2.</source>
        <translation>الهدف %1. يبدأ في %2.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald in de periode tot %3.</source>
        <translation>تحقق %1 من %2 في الفترة حتى %3.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.</source>
        <translation>تحقق %1 من %2؛ حسب الخط المستقيم %3. التوقع في %4: %5.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Wijzigen: %1</source>
        <translation>تغيير: %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Verwijderen: %1</source>
        <translation>حذف: %1</translation>
    </message>
    <message>
        <source>Dit doel verwijderen?</source>
        <translation>حذف هذا الهدف؟</translation>
    </message>
    <message>
        <source>Ja, verwijderen</source>
        <translation>نعم، احذف</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Treden per route</source>
        <translation>الدرجات حسب المسار</translation>
    </message>
    <message>
        <source>Social return van leveranciers</source>
        <translation>العائد الاجتماعي (Social return) من الموردين</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 van %2 gerealiseerd met %n plaatsing(en); %3 %4, %5.</source>
        <translation>
            <numerusform>تحقق %1 من %2 دون أي حالة إلحاق (%n)؛ %3 %4، %5.</numerusform>
            <numerusform>تحقق %1 من %2 بحالة إلحاق واحدة (%n)؛ %3 %4، %5.</numerusform>
            <numerusform>تحقق %1 من %2 بحالتَي إلحاق (%n)؛ %3 %4، %5.</numerusform>
            <numerusform>تحقق %1 من %2 بـ %n حالات إلحاق؛ %3 %4، %5.</numerusform>
            <numerusform>تحقق %1 من %2 بـ %n حالة إلحاق؛ %3 %4، %5.</numerusform>
            <numerusform>تحقق %1 من %2 بـ %n حالة إلحاق؛ %3 %4، %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDecisionDialog</name>
    <message>
        <source>Bevestigen</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Op de wachtlijst zetten</source>
        <translation>وضع في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Reden (intern, niet voor de huurder)</source>
        <translation>السبب (داخلي، ليس للمستأجر)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Bericht aan de huurder</source>
        <translation>رسالة إلى المستأجر</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</source>
        <translation>مثلًا: أهلًا بك، نراك يوم الثلاثاء الساعة 9.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Besluit opslaan</source>
        <translation>حفظ القرار</translation>
    </message>
</context>
<context>
    <name>StaffEraseDialog</name>
    <message>
        <source>Persoon wissen</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>ستُحذف كل البيانات الشخصية، على الخادم وعلى كل الأجهزة. الأماكن القادمة تصبح متاحة لقائمة الانتظار. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>StaffEraseRequestsPage</name>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>طلبات الحذف</translation>
    </message>
    <message>
        <source>Geen verzoeken.</source>
        <translation>لا توجد طلبات.</translation>
    </message>
    <message>
        <source>Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).</source>
        <translation>طلب هؤلاء المستأجرون من هواتفهم حذف بياناتهم. احذفها دون تأخير غير مبرر (خلال شهر).</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Gevraagd op %1</source>
        <translation>طُلب في %1</translation>
    </message>
    <message>
        <source>Gewist op %1 door %2</source>
        <translation>حُذفت في %1 بواسطة %2</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>Gewist op deze tablet; wordt verzonden</source>
        <translation>حُذفت على هذا الجهاز اللوحي؛ جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>حذف البيانات</translation>
    </message>
    <message>
        <source>Gegevens van %1 wissen</source>
        <translation>حذف بيانات %1</translation>
    </message>
</context>
<context>
    <name>StaffExit</name>
    <message>
        <source>Alleen voor medewerkers</source>
        <translation>للموظفين فقط</translation>
    </message>
    <message>
        <source>Typ de pincode om de kiosk te verlaten.</source>
        <translation>اكتب الرمز السري (PIN) للخروج من الكشك.</translation>
    </message>
    <message>
        <source>Er is geen pincode ingesteld op dit apparaat.</source>
        <translation>لا يوجد رمز سري (PIN) على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>الرمز السري (PIN)</translation>
    </message>
    <message>
        <source>Die pincode klopt niet.</source>
        <translation>هذا الرمز السري غير صحيح.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Kiosk verlaten</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <source>Terug naar de kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
</context>
<context>
    <name>StaffGoalChart</name>
    <message>
        <source>%1: %2 van %3, verwachting %4</source>
        <translation>%1: %2 من %3، التوقع %4</translation>
    </message>
    <message>
        <source>Rechte lijn naar het doel</source>
        <translation>خط مستقيم إلى الهدف</translation>
    </message>
    <message>
        <source>Verwachting</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>ما تحقق</translation>
    </message>
</context>
<context>
    <name>StaffGoalForm</name>
    <message>
        <source>Doel wijzigen</source>
        <translation>تغيير الهدف</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>كل المسارات</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Een jaar</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Een kwartaal</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>ربع السنة</translation>
    </message>
    <message>
        <source>Kwartaal %1</source>
        <translation>الربع %1</translation>
    </message>
    <message>
        <source>Wat telt</source>
        <translation>ما يُحسب</translation>
    </message>
    <message>
        <source>Doel (aantal uren aan het eind)</source>
        <translation>الهدف (عدد الساعات في النهاية)</translation>
    </message>
    <message>
        <source>Doel (aantal aan het eind)</source>
        <translation>الهدف (العدد في النهاية)</translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation>حفظ الهدف</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Meedoen — medewerkers</source>
        <translation>Meedoen — الموظفون</translation>
    </message>
</context>
<context>
    <name>StaffHoursPage</name>
    <message>
        <source>Uren</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Alleen niet gecontroleerd</source>
        <translation>غير المراجَعة فقط</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 دقيقة</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>لم تتم المراجعة بعد</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>ينتظر الإرسال</translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 kloppen</source>
        <translation>ساعات %1 في %2 صحيحة</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 corrigeren</source>
        <translation>تصحيح ساعات %1 في %2</translation>
    </message>
    <message>
        <source>Uren corrigeren</source>
        <translation>تصحيح الساعات</translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</source>
        <translation>التصحيح يصبح سطرًا جديدًا؛ السطر الأصلي يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>التاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation>حفظ التصحيح</translation>
    </message>
</context>
<context>
    <name>StaffIntake</name>
    <message>
        <source>Inschrijving voor Meedoen</source>
        <translation>التسجيل في Meedoen</translation>
    </message>
    <message>
        <source>Naam: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>رمزك الشخصي: %1</translation>
    </message>
    <message>
        <source>Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij je wijkconsulent.</source>
        <translation>احتفظ بهذا الإيصال جيدًا. برمزك الشخصي وتاريخ ميلادك تسجّل دون أن تملأ بياناتك من جديد: في جهاز الخدمة في المركز الاجتماعي، أو في التطبيق، أو لدى مستشار الحي.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>مسجّل في</translation>
    </message>
    <message>
        <source>Wat gebeurt er nu?</source>
        <translation>ماذا يحدث الآن؟</translation>
    </message>
    <message>
        <source>Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app.</source>
        <translation>يصل تسجيلك إلى مؤسسة الإسكان حالما يتصل هذا الجهاز اللوحي بالإنترنت. ما يحدث للتسجيل مكتوب أعلاه؛ وإذا تغيّر شيء فستراه في التطبيق.</translation>
    </message>
    <message>
        <source>Je telefoon koppelen</source>
        <translation>ربط هاتفك</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>إيصال Meedoen</translation>
    </message>
    <message>
        <source>Deze tablet heeft geen printer. Schrijf de code over of stel een printer in.</source>
        <translation>لا توجد طابعة لهذا الجهاز اللوحي. انسخ الرمز يدويًا أو اضبط طابعة.</translation>
    </message>
    <message>
        <source>Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer.</source>
        <translation>لم تنجح الطباعة. تحقّق من أن الطابعة تعمل وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>De bon is naar de printer %1 gestuurd.</source>
        <translation>أُرسل الإيصال إلى الطابعة %1.</translation>
    </message>
    <message>
        <source>Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen ook op je telefoon.</source>
        <translation>ثبّت تطبيق Meedoen واختر “ربط التسجيلات”. أدخل الرمز الشخصي من هذا الإيصال (أو امسح رمز QR) وتاريخ ميلادك. عندها ترى تسجيلاتك على هاتفك أيضًا.</translation>
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
        <translation>تم التسجيل: %1</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>الرمز الشخصي</translation>
    </message>
    <message>
        <source>Persoonlijke code: %1</source>
        <translation>الرمز الشخصي: %1</translation>
    </message>
    <message>
        <source>QR-code van de persoonlijke code</source>
        <translation>رمز QR للرمز الشخصي</translation>
    </message>
    <message>
        <source>Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.</source>
        <translation>أعطِ الساكن الإيصال. بهذا الرمز وتاريخ الميلاد يربط الساكن التطبيق على هاتفه (ربط التسجيلات) ويسجّل في جهاز الخدمة.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>مسجّل في</translation>
    </message>
    <message>
        <source>Nog niet aangemeld voor een activiteit.</source>
        <translation>لم يسجّل في أي نشاط بعد.</translation>
    </message>
    <message>
        <source>Aanmelden voor een activiteit</source>
        <translation>التسجيل في نشاط</translation>
    </message>
    <message>
        <source>Bon afdrukken</source>
        <translation>طباعة الإيصال</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Klaar: de gegevens van de bewoner verdwijnen van het scherm</source>
        <translation>تم: تختفي بيانات الساكن من الشاشة</translation>
    </message>
</context>
<context>
    <name>StaffNewVolunteersPage</name>
    <message>
        <source>Nieuwe vrijwilligers: identiteit en huurderschap controleren</source>
        <translation>متطوعون جدد: مراجعة الهوية وعقد الإيجار</translation>
    </message>
    <message>
        <source>Er wachten geen nieuwe vrijwilligers op controle.</source>
        <translation>لا يوجد متطوعون جدد ينتظرون المراجعة.</translation>
    </message>
    <message>
        <source>Huurdernummer: %1 · Adres: %2 · Geboren: %3</source>
        <translation>رقم المستأجر: %1 · العنوان: %2 · تاريخ الميلاد: %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Huurdernummer klopt</source>
        <translation>رقم المستأجر صحيح</translation>
    </message>
    <message>
        <source>Huurdernummer van %1 klopt</source>
        <translation>رقم المستأجر لـ %1 صحيح</translation>
    </message>
    <message>
        <source>Adres klopt</source>
        <translation>العنوان صحيح</translation>
    </message>
    <message>
        <source>Adres van %1 klopt</source>
        <translation>عنوان %1 صحيح</translation>
    </message>
</context>
<context>
    <name>StaffOpportunityEditor</name>
    <message>
        <source>Activiteit bewerken</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation>وصف قصير</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Soort leerplaats</source>
        <translation>نوع مكان التدريب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>تدريب عملي</translation>
    </message>
    <message>
        <source>Leerwerkplek</source>
        <translation>مكان تعلّم وعمل</translation>
    </message>
    <message>
        <source>Re-integratieplek</source>
        <translation>مكان لإعادة الاندماج في العمل</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>المنظمة الشريكة</translation>
    </message>
    <message>
        <source>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</source>
        <translation>متى (مثلًا: كل ثلاثاء 9:00–12:00)</translation>
    </message>
    <message>
        <source>Startdatum (leeg = doorlopend)</source>
        <translation>تاريخ البدء (فارغ = مستمر)</translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Einddatum (leeg = geen einde)</source>
        <translation>تاريخ الانتهاء (فارغ = بلا نهاية)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</source>
        <translation>عدد الأماكن (0 = بلا حد؛ الآن %1 مؤكَّد)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt)</source>
        <translation>عدد الأماكن (0 = بلا حد)</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>أقل عمر</translation>
    </message>
    <message>
        <source>Taalniveau (A1 … C2)</source>
        <translation>مستوى اللغة (A1 … C2)</translation>
    </message>
    <message>
        <source>Wat de huurder krijgt (vergoeding, certificaat …)</source>
        <translation>ما يحصل عليه المستأجر (مكافأة، شهادة …)</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>Telefoon contactpersoon</source>
        <translation>هاتف الشخص المسؤول</translation>
    </message>
    <message>
        <source>E-mail contactpersoon</source>
        <translation>بريد الشخص المسؤول</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Een medewerker beoordeelt elke aanmelding</source>
        <translation>يراجع أحد الموظفين كل تسجيل</translation>
    </message>
    <message>
        <source>Direct bevestigd zolang er plek is</source>
        <translation>يُؤكد فورًا ما دام هناك مكان</translation>
    </message>
    <message>
        <source>Partnerorganisatie: %1</source>
        <translation>المنظمة الشريكة: %1</translation>
    </message>
</context>
<context>
    <name>StaffParticipantsPage</name>
    <message>
        <source>Deelnemers voor de organisator</source>
        <translation>المشاركون للجهة المنظِّمة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.</source>
        <translation>الاسم وبيانات الاتصال فقط للسكان الذين وافقوا على مشاركتها مع المنظمة الشريكة.</translation>
    </message>
    <message>
        <source>Nog geen bevestigde deelnemers.</source>
        <translation>لا يوجد مشاركون مؤكَّدون بعد.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>%1, geen toestemming om te delen</source>
        <translation>%1، لا توجد موافقة على المشاركة</translation>
    </message>
    <message>
        <source>geen toestemming om te delen</source>
        <translation>لا توجد موافقة على المشاركة</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Exporteren (CSV)</source>
        <translation>تصدير (CSV)</translation>
    </message>
    <message>
        <source>Deelnemerslijst exporteren</source>
        <translation>تصدير قائمة المشاركين</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>الملف سيخرج من التطبيق المحمي. أكّد برمزك السري (PIN).</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>StaffPartnerModel</name>
    <message>
        <source>Woningcorporatie</source>
        <translation>مؤسسة إسكان</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Welzijn en begeleiding</source>
        <translation>الرعاية والدعم</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Bewonersgroep</source>
        <translation>مجموعة السكان</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>StaffPartners</name>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>راجع الحقول المحددة (%n).</numerusform>
            <numerusform>راجع الحقل المحدد (%n).</numerusform>
            <numerusform>راجع الحقلين المحددين (%n).</numerusform>
            <numerusform>راجع الحقول الـ %n المحددة.</numerusform>
            <numerusform>راجع الـ %n حقلًا المحددة.</numerusform>
            <numerusform>راجع الـ %n حقل المحددة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een activiteit.</source>
        <translation>اختر نشاطًا.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro&apos;s in, zoals 1250 of 1250,50.</source>
        <translation>اكتب مبلغًا باليورو، مثل 1250 أو 1250,50.</translation>
    </message>
    <message>
        <source>Vul een aantal uren in, zoals 4 of 2,5.</source>
        <translation>اكتب عدد الساعات، مثل 4 أو 2,5.</translation>
    </message>
    <message>
        <source>Vul een aantal plaatsen in.</source>
        <translation>اكتب عدد الأماكن.</translation>
    </message>
    <message>
        <source>Geen partner</source>
        <translation>لا يوجد شريك</translation>
    </message>
</context>
<context>
    <name>StaffPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>شريك جديد</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Partner %1, %2</source>
        <translation>الشريك %1، %2</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>Contactpersoon (niet verplicht)</source>
        <translation>شخص الاتصال (غير إلزامي)</translation>
    </message>
    <message>
        <source>Telefoon van de contactpersoon</source>
        <translation>هاتف شخص الاتصال</translation>
    </message>
    <message>
        <source>E-mail van de contactpersoon</source>
        <translation>البريد الإلكتروني لشخص الاتصال</translation>
    </message>
    <message>
        <source>Partner opslaan</source>
        <translation>حفظ الشريك</translation>
    </message>
    <message>
        <source>Wat de partner inbracht en wat het opleverde</source>
        <translation>ما قدّمه الشريك وما نتج عنه</translation>
    </message>
    <message>
        <source>Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.</source>
        <translation>المساهمة: %1، %2 ساعة عمل، %3 أماكن، %4 ساعة مكان.</translation>
    </message>
    <message>
        <source>Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.</source>
        <translation>النتيجة: %1 أماكن مشغولة في %2 أنشطة، %3 متطوعين، %4 ساعة تطوع، بدأ %5 تدريب وانتهى %6.</translation>
    </message>
    <message>
        <source>Rollen: %1</source>
        <translation>الأدوار: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond</source>
        <translation>%1: %2، %3 ساعة عمل · %4 ساعة تطوع، بدأ %5، انتهى %6</translation>
    </message>
    <message>
        <source>Rollen en bijdragen per activiteit</source>
        <translation>الأدوار والمساهمات لكل نشاط</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte</source>
        <translation>%1 · %2 · %3: %4، %5 ساعة، %6 أماكن، %7 ساعة مكان</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Bijdrage van %1 voor %2 verwijderen</source>
        <translation>حذف مساهمة %1 لـ %2</translation>
    </message>
    <message>
        <source>Nog geen bijdragen op deze locatie.</source>
        <translation>لا توجد مساهمات في هذا المكان بعد.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Activiteit: %1</source>
        <translation>النشاط: %1</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>JJJJ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation>المال (يورو)</translation>
    </message>
    <message>
        <source>Uren inzet van eigen mensen</source>
        <translation>ساعات عمل موظفيهم</translation>
    </message>
    <message>
        <source>Plaatsen (stage, werk)</source>
        <translation>أماكن (تدريب، عمل)</translation>
    </message>
    <message>
        <source>Uren gebruik van een ruimte</source>
        <translation>ساعات استخدام مكان</translation>
    </message>
    <message>
        <source>Bijdrage opslaan</source>
        <translation>حفظ المساهمة</translation>
    </message>
    <message>
        <source>Geld per maand (euro)</source>
        <translation>المال في الشهر (يورو)</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>الساعات في الشهر</translation>
    </message>
    <message>
        <source>Inzet van de partner</source>
        <translation>مساهمة الشريك</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>العمل التطوعي</translation>
    </message>
</context>
<context>
    <name>StaffPersons</name>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>لم ينجح الحفظ.</translation>
    </message>
    <message>
        <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>الشرح يجب أن يكون سطرًا واحدًا، 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Vul 0 tot 744 uur per maand in.</source>
        <translation>اكتب من 0 إلى 744 ساعة في الشهر.</translation>
    </message>
    <message>
        <source>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</source>
        <translation>أدخل تاريخًا (YYYY-MM-DD) وعدد دقائق من 0 إلى %1.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw.</source>
        <translation>لا يمكن فتح الرمز بدون اتصال بالخادم. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer opzoeken en een telefoon koppelen.</source>
        <translation>تم فتح الرمز الشخصي من جديد. يمكن للمستأجر البحث عن تسجيلاته وربط هاتف مرة أخرى.</translation>
    </message>
    <message>
        <source>De persoonlijke code stond niet op slot.</source>
        <translation>لم يكن الرمز الشخصي مقفلاً.</translation>
    </message>
    <message>
        <source>De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo opnieuw.</source>
        <translation>تعذّر فتح الرمز: لم يستجب الخادم. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>De huurder heeft een leerplek afgerond.</source>
        <translation>أكمل المستأجر مكان تدريب.</translation>
    </message>
    <message>
        <source>De huurder is met een leerplek begonnen.</source>
        <translation>بدأ المستأجر مكان تدريب.</translation>
    </message>
    <message>
        <source>De huurder doet vrijwilligerswerk.</source>
        <translation>يقوم المستأجر بعمل تطوعي.</translation>
    </message>
    <message>
        <source>Je rol mag geen trajecten bijhouden.</source>
        <translation>لا يسمح دورك بمتابعة المسارات.</translation>
    </message>
    <message>
        <source>Deze huurder heeft geen toestemming gegeven om de weg bij te houden.</source>
        <translation>لم يعطِ هذا المستأجر موافقة على متابعة طريقه.</translation>
    </message>
    <message>
        <source>Kies een route.</source>
        <translation>اختر مساراً.</translation>
    </message>
    <message>
        <source>Kies een trede van de ladder.</source>
        <translation>اختر درجة من السلم.</translation>
    </message>
    <message>
        <source>Vul een datum in, zoals 2026-12-07.</source>
        <translation>أدخل تاريخاً، مثل 2026-12-07.</translation>
    </message>
    <message>
        <source>De datum mag niet later zijn dan vandaag.</source>
        <translation>لا يجوز أن يكون التاريخ بعد اليوم.</translation>
    </message>
    <message>
        <source>De notitie is te lang: hoogstens %1 tekens.</source>
        <translation>الملاحظة طويلة جداً: %1 حرفاً على الأكثر.</translation>
    </message>
    <message>
        <source>Het doel is te lang: hoogstens %1 tekens.</source>
        <translation>الهدف طويل جداً: %1 حرفاً على الأكثر.</translation>
    </message>
    <message>
        <source>Vul een datum na de meting in waarop jullie het doel weer bespreken.</source>
        <translation>أدخل تاريخاً بعد القياس تناقشان فيه الهدف مرة أخرى.</translation>
    </message>
    <message>
        <source>De stap kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>تعذّر حفظ الخطوة. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StaffPersonsPage</name>
    <message>
        <source>Contact opnemen</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Passende activiteiten voorstellen</source>
        <translation>اقتراح أنشطة مناسبة</translation>
    </message>
    <message>
        <source>Gegevens delen met de partnerorganisatie</source>
        <translation>مشاركة البيانات مع المنظمة الشريكة</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Zoek op naam, huurdernummer of persoonlijke code</source>
        <translation>ابحث بالاسم أو رقم المستأجر أو الرمز الشخصي</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kies een persoon.</source>
        <translation>اختر شخصًا.</translation>
    </message>
    <message>
        <source>Gewiste persoon</source>
        <translation>شخص محذوف</translation>
    </message>
    <message>
        <source>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</source>
        <translation>الرمز الشخصي %1 · رقم المستأجر %2 · %3 %4 · تاريخ الميلاد %5
%6 %7</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Toestemming %1 intrekken</source>
        <translation>سحب الموافقة %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tegenprestatie: afgesproken uren per maand</source>
        <translation>المقابل: الساعات المتفق عليها في الشهر</translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation>حفظ الاتفاق</translation>
    </message>
    <message>
        <source>Tegenprestatie: %1 per maand afgesproken</source>
        <translation>المقابل: %1 في الشهر متفق عليها</translation>
    </message>
    <message>
        <source>%1: %2 gelogd, %3 gecontroleerd, saldo %4</source>
        <translation>%1: %2 مسجَّلة، %3 مراجَعة، الرصيد %4</translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>Spreekt: %1</source>
        <translation>يتحدث: %1</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>%1 — %2; ingetrokken %3</source>
        <translation>%1 — %2؛ سُحبت %3</translation>
    </message>
    <message>
        <source>De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.</source>
        <translation>الرمز الشخصي مقفل منذ %1: أُدخل معه تاريخ ميلاد خاطئ خمس مرات. تحقّق من أن المستأجر هو من يقول إنه هو، ثم افتح الرمز من جديد.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.</source>
        <translation>بدون اتصال بالخادم لا يمكن معرفة ما إذا كان الرمز الشخصي مقفلاً.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat open.</source>
        <translation>الرمز الشخصي غير مقفل.</translation>
    </message>
    <message>
        <source>Bezig met openzetten…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Code weer openzetten</source>
        <translation>فتح الرمز من جديد</translation>
    </message>
    <message>
        <source>Traject bijhouden (participatieladder)</source>
        <translation>متابعة المسار (سلم المشاركة)</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation>رمزك السري (PIN)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>أماكن التدريب</translation>
    </message>
    <message>
        <source>Aanmeldingen per activiteit</source>
        <translation>التسجيلات لكل نشاط</translation>
    </message>
    <message>
        <source>Nog geen aanmeldingen.</source>
        <translation>لا توجد تسجيلات بعد.</translation>
    </message>
    <message>
        <source>%1
%2 van %3 bevestigd · wachtlijst %4</source>
        <translation>%1
%2 من %3 مؤكَّد · قائمة الانتظار %4</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Kies een activiteit om de aanmeldingen te zien.</source>
        <translation>اختر نشاطًا لترى التسجيلات.</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Wachtlijst #%1</source>
        <translation>قائمة الانتظار #%1</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Teruggetrokken</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>traject gestart</source>
        <translation>المسار بدأ</translation>
    </message>
    <message>
        <source>traject afgerond</source>
        <translation>المسار اكتمل</translation>
    </message>
    <message>
        <source>uitgevallen</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <source>besluit wacht op verzending</source>
        <translation>القرار ينتظر الإرسال</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Traject van %1 gestart</source>
        <translation>مسار %1 بدأ</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Traject van %1 afgerond</source>
        <translation>مسار %1 اكتمل</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <source>%1 is uitgevallen</source>
        <translation>%1 انقطع</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>%1 bevestigen</source>
        <translation>تأكيد %1</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>%1 op de wachtlijst</source>
        <translation>وضع %1 في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>%1 afwijzen</source>
        <translation>رفض %1</translation>
    </message>
    <message>
        <source>Te beoordelen (plek vastgehouden)</source>
        <translation>للمراجعة (المكان محجوز)</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>Wonen</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>التعلّم</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>وقت الفراغ</translation>
    </message>
    <message>
        <source>Periodeverslag Meedoen</source>
        <translation>تقرير Meedoen للفترة</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>كل الأحياء</translation>
    </message>
    <message>
        <source>Buurt: %1</source>
        <translation>الحي: %1</translation>
    </message>
    <message>
        <source>Periode: %1 tot en met %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Cijfers van %1</source>
        <translation>الأرقام حتى %1</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>متطوعون نشطون</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Plekken gestart</source>
        <translation>أماكن بدأت</translation>
    </message>
    <message>
        <source>Plekken afgerond</source>
        <translation>أماكن اكتملت</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <source>Meedoen per route</source>
        <translation>المشاركة حسب المسار</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij &apos;Samen&apos; één keer.</source>
        <translation>المتطوع في أكثر من مسار يُحسب مرة في كل مسار ومرة واحدة في &apos;المجموع&apos;.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>In deze periode is nog niets geteld.</source>
        <translation>لم يُحسب شيء في هذه الفترة بعد.</translation>
    </message>
    <message>
        <source>Plekken</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Er zijn geen activiteiten in deze buurt.</source>
        <translation>لا توجد أنشطة في هذا الحي.</translation>
    </message>
    <message>
        <source>Plekken 0 betekent: geen grens.</source>
        <translation>الأماكن 0 تعني: بلا حد.</translation>
    </message>
    <message>
        <source>Treden op de ladder</source>
        <translation>الدرجات على السلم</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>أدنى</translation>
    </message>
    <message>
        <source>In deze periode is geen trede gemeten.</source>
        <translation>لم تُقَس أي درجة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Huurders die toestemming gaven voor hun route: verder gekomen, gestabiliseerd, of gedaald.</source>
        <translation>المستأجرون الذين أعطوا موافقتهم لمسارهم: تقدّموا، أو استقرّوا، أو تراجعوا.</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>العائد الاجتماعي (Social return)</translation>
    </message>
    <message>
        <source>Leverancier en opdracht</source>
        <translation>المورّد والعقد</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>المحقَّق</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>نسبة الوفاء</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>حالات الإلحاق</translation>
    </message>
    <message>
        <source>Er zijn geen leveranciers met een social-returnverplichting.</source>
        <translation>لا يوجد موردون عليهم التزام بالعائد الاجتماعي.</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en duur met de tabel van de corporatie.</source>
        <translation>أماكن التعلّم والعمل لدى المورّد، مقيَّمة حسب النوع والمدة وفق جدول مؤسسة الإسكان.</translation>
    </message>
    <message>
        <source>SROI: inzet en opbrengst</source>
        <translation>SROI: المدخلات والنواتج</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Per eenheid</source>
        <translation>لكل وحدة</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Waarden met de proxies van de corporatie; de bronnen staan in het Excel-bestand.</source>
        <translation>القيم محسوبة بالمؤشرات المالية (proxies) لمؤسسة الإسكان؛ المصادر موجودة في ملف Excel.</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>إجمالي المدخلات</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>إجمالي النواتج</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>ساعات العمل التطوعي</translation>
    </message>
    <message>
        <source>Zelfbeheer-initiatieven die lopen</source>
        <translation>مبادرات الإدارة الذاتية الجارية</translation>
    </message>
    <message>
        <source>Leerplekken gestart</source>
        <translation>أماكن تدريب بدأت</translation>
    </message>
    <message>
        <source>Leerplekken afgerond</source>
        <translation>أماكن تدريب اكتملت</translation>
    </message>
    <message>
        <source>Afspraken tegenprestatie nagekomen (maanden)</source>
        <translation>الالتزام باتفاقات المقابل (أشهر)</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>مستأجرون صعدوا درجة</translation>
    </message>
    <message>
        <source>Nog niet begonnen</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <source>Loopt achter</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>في المسار الصحيح</translation>
    </message>
    <message>
        <source>Loopt voor</source>
        <translation>متقدم</translation>
    </message>
    <message>
        <source>Doel gehaald</source>
        <translation>تم بلوغ الهدف</translation>
    </message>
    <message>
        <source>Doel niet gehaald</source>
        <translation>لم يتم بلوغ الهدف</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>Opdrachtgever</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>Huisvester</source>
        <translation>يوفّر المكان</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Tot nu</source>
        <translation>حتى الآن</translation>
    </message>
    <message>
        <source>Verwacht aan het eind</source>
        <translation>المتوقع في النهاية</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Voor deze periode zijn geen doelen gesteld.</source>
        <translation>لم تُحدَّد أهداف لهذه الفترة.</translation>
    </message>
    <message>
        <source>Verwacht: wat er aan het eind van de periode staat als het zo doorgaat als tot nu.</source>
        <translation>المتوقع: ما سيكون عليه الرقم في نهاية الفترة إذا استمر الأمر كما هو حتى الآن.</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>كل المسارات</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>الربع %1 من %2</translation>
    </message>
    <message>
        <source>Partners: inzet en resultaat</source>
        <translation>الشركاء: المساهمة والنتيجة</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>المال</translation>
    </message>
    <message>
        <source>Uren personeel</source>
        <translation>ساعات الموظفين</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Uren vrijwilligers</source>
        <translation>ساعات المتطوعين</translation>
    </message>
    <message>
        <source>In deze periode hebben geen partners iets ingebracht.</source>
        <translation>لم يساهم أي شريك بشيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>Inzet in de periode; resultaat op de activiteiten waar de partner aan meedoet.</source>
        <translation>المساهمات في الفترة؛ والنتائج في الأنشطة التي يشارك فيها الشريك.</translation>
    </message>
</context>
<context>
    <name>StaffReportPage</name>
    <message>
        <source>Verslag per buurt</source>
        <translation>تقرير حسب الحي</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>الملف يغادر التطبيق المحمي. أكّد برقمك السري.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>SROI-invoer voor de accountant</source>
        <translation>بيانات SROI للمحاسب</translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation>حفظ كملف Excel</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>حفظ كملف CSV</translation>
    </message>
    <message>
        <source>SROI-invoer opslaan</source>
        <translation>حفظ بيانات SROI</translation>
    </message>
</context>
<context>
    <name>StaffResults</name>
    <message>
        <source>De map voor exports is niet beschikbaar.</source>
        <translation>مجلد التصدير غير متاح.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>تم الحفظ باسم %1</translation>
    </message>
    <message>
        <source>Dit doel bestaat niet meer.</source>
        <translation>هذا الهدف لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd.</source>
        <translation>هذا الجهاز اللوحي لا يعرف الموقع بعد. انتظر حتى يتزامن مع الخادم.</translation>
    </message>
    <message>
        <source>Kies een jaar of een kwartaal.</source>
        <translation>اختر سنة أو ربع سنة.</translation>
    </message>
    <message>
        <source>Kies wat u wilt tellen.</source>
        <translation>اختر ما تريد عدّه.</translation>
    </message>
    <message>
        <source>Vul een jaar in, bijvoorbeeld 2027.</source>
        <translation>أدخل سنة، مثلًا 2027.</translation>
    </message>
    <message>
        <source>Kies een kwartaal.</source>
        <translation>اختر ربع سنة.</translation>
    </message>
    <message>
        <source>Vul een heel getal in van 0 tot %1.</source>
        <translation>أدخل عددًا صحيحًا من 0 إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>راجع الحقول المحددة (%n).</numerusform>
            <numerusform>راجع الحقل المحدد (%n).</numerusform>
            <numerusform>راجع الحقلين المحددين (%n).</numerusform>
            <numerusform>راجع الحقول الـ %n المحددة.</numerusform>
            <numerusform>راجع الـ %n حقلًا المحددة.</numerusform>
            <numerusform>راجع الـ %n حقل المحددة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>الربع الماضي</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>geen PSO</source>
        <translation>بدون PSO</translation>
    </message>
    <message>
        <source>PSO aspirant</source>
        <translation>PSO – مرشّح</translation>
    </message>
    <message>
        <source>PSO trede 1</source>
        <translation>PSO – الدرجة 1</translation>
    </message>
    <message>
        <source>PSO trede 2</source>
        <translation>PSO – الدرجة 2</translation>
    </message>
    <message>
        <source>PSO trede 3</source>
        <translation>PSO – الدرجة 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>van de loonsom</source>
        <translation>من كتلة الأجور</translation>
    </message>
    <message>
        <source>van de contractwaarde</source>
        <translation>من قيمة العقد</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>StaffReview</name>
    <message>
        <source>Geen plaats meer</source>
        <translation>لا يوجد مكان</translation>
    </message>
    <message>
        <source>Past niet bij de eisen</source>
        <translation>لا يناسب الشروط</translation>
    </message>
    <message>
        <source>Niet bereikbaar</source>
        <translation>لا يمكن التواصل معه</translation>
    </message>
    <message>
        <source>Geen huurder in dit gebied</source>
        <translation>ليس مستأجرًا في هذه المنطقة</translation>
    </message>
    <message>
        <source>Op verzoek van de huurder</source>
        <translation>بطلب من المستأجر</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>Deze aanmelding is niet (meer) bekend op deze tablet.</source>
        <translation>هذا التسجيل غير معروف (أو لم يعد معروفًا) على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Dit besluit past niet bij de huidige stand van de aanmelding.</source>
        <translation>هذا القرار لا يناسب حالة التسجيل الحالية.</translation>
    </message>
    <message>
        <source>Kies of schrijf een reden voor de afwijzing.</source>
        <translation>اختر أو اكتب سببًا للرفض.</translation>
    </message>
    <message>
        <source>De reden mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>السبب يجب أن يكون سطرًا واحدًا، 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</source>
        <translation>الرسالة إلى المستأجر 2000 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
        <translation>اختر كيف راجعت المستأجر: برقم المستأجر أو بالعنوان.</translation>
    </message>
    <message>
        <source>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</source>
        <translation>فقط مكان تدريب مؤكَّد يمكن أن يبدأ أو يكتمل أو ينقطع.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <source>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</source>
        <translation>هذا الجهاز اللوحي غير مربوط بالخادم بعد. اطلب رمز ربط من المسؤول.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>De aanmelding kon niet worden opgeslagen.</source>
        <translation>تعذّر حفظ تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</source>
        <translation>لا يوجد اتصال بالخادم. تسجيل الدخول بكلمة المرور ممكن فقط مع الإنترنت.</translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيح.</translation>
    </message>
    <message>
        <source>U werkt niet op de locatie van deze tablet.</source>
        <translation>أنت لا تعمل في مكان هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</source>
        <translation>كلمة مرور خاطئة مرات كثيرة. يجب أن يفتح المسؤول حسابك.</translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى الآن (%n).</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة (%n).</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانيتين (%n).</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>De server gaf een fout (%1). Probeer het later opnieuw.</source>
        <translation>حدث خطأ في الخادم (%1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
    <message>
        <source>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</source>
        <translation>اختر من 5 إلى 12 رقمًا، ليست كلها نفس الرقم وليست سلسلة مثل 12345.</translation>
    </message>
    <message>
        <source>De pincode kon niet worden opgeslagen.</source>
        <translation>تعذّر حفظ الرمز السري.</translation>
    </message>
    <message numerus="yes">
        <source>Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>الرمز السري غير صحيح. حاول مرة أخرى الآن (%n).</numerusform>
            <numerusform>الرمز السري غير صحيح. حاول مرة أخرى بعد ثانية واحدة (%n).</numerusform>
            <numerusform>الرمز السري غير صحيح. حاول مرة أخرى بعد ثانيتين (%n).</numerusform>
            <numerusform>الرمز السري غير صحيح. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>الرمز السري غير صحيح. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>الرمز السري غير صحيح. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pincode klopt niet.</source>
        <translation>الرمز السري غير صحيح.</translation>
    </message>
    <message>
        <source>Meld u eerst online aan met uw wachtwoord.</source>
        <translation>سجّل الدخول أولًا عبر الإنترنت بكلمة المرور.</translation>
    </message>
    <message>
        <source>Ontgrendel de tablet eerst met uw pincode.</source>
        <translation>افتح قفل الجهاز اللوحي أولًا برمزك السري.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>لم ينجح الحفظ.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut/minuten kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</source>
        <translation>
            <numerusform>كلمات مرور خاطئة كثيرة جدًا. حسابك مقفل؛ يمكنك المحاولة مرة أخرى الآن (%n)، ويمكن للمسؤول فتحه قبل ذلك.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جدًا. حسابك مقفل؛ يمكنك المحاولة مرة أخرى بعد دقيقة واحدة (%n)، ويمكن للمسؤول فتحه قبل ذلك.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جدًا. حسابك مقفل؛ يمكنك المحاولة مرة أخرى بعد دقيقتين (%n)، ويمكن للمسؤول فتحه قبل ذلك.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جدًا. حسابك مقفل؛ يمكنك المحاولة مرة أخرى بعد %n دقائق، ويمكن للمسؤول فتحه قبل ذلك.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جدًا. حسابك مقفل؛ يمكنك المحاولة مرة أخرى بعد %n دقيقة، ويمكن للمسؤول فتحه قبل ذلك.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جدًا. حسابك مقفل؛ يمكنك المحاولة مرة أخرى بعد %n دقيقة، ويمكن للمسؤول فتحه قبل ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De server is even druk met aanmelden. Probeer het over %n seconde(n) opnieuw; uw gebruikersnaam blijft staan.</source>
        <translation>
            <numerusform>الخادم مشغول الآن بعمليات تسجيل الدخول. حاول مرة أخرى الآن (%n)؛ يبقى اسم المستخدم كما هو.</numerusform>
            <numerusform>الخادم مشغول الآن بعمليات تسجيل الدخول. حاول مرة أخرى بعد ثانية واحدة (%n)؛ يبقى اسم المستخدم كما هو.</numerusform>
            <numerusform>الخادم مشغول الآن بعمليات تسجيل الدخول. حاول مرة أخرى بعد ثانيتين (%n)؛ يبقى اسم المستخدم كما هو.</numerusform>
            <numerusform>الخادم مشغول الآن بعمليات تسجيل الدخول. حاول مرة أخرى بعد %n ثوانٍ؛ يبقى اسم المستخدم كما هو.</numerusform>
            <numerusform>الخادم مشغول الآن بعمليات تسجيل الدخول. حاول مرة أخرى بعد %n ثانية؛ يبقى اسم المستخدم كما هو.</numerusform>
            <numerusform>الخادم مشغول الآن بعمليات تسجيل الدخول. حاول مرة أخرى بعد %n ثانية؛ يبقى اسم المستخدم كما هو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n minuut/minuten opnieuw.</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى الآن (%n).</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقة واحدة (%n).</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقتين (%n).</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقائق.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Aanmelden kan weer als de app is bijgewerkt.</source>
        <translation>حدّث التطبيق. هذا الإصدار لم يعد يعمل مع الخادم. يمكنك تسجيل الدخول مرة أخرى بعد تحديث التطبيق.</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol op deze locatie.</source>
        <translation>دورك في هذا المكان لا يسمح بهذا.</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <source>Kies uw pincode</source>
        <translation>اختر رمزك السري (PIN)</translation>
    </message>
    <message>
        <source>Ontgrendel met uw pincode</source>
        <translation>افتح القفل برمزك السري (PIN)</translation>
    </message>
    <message>
        <source>Aanmelden als medewerker</source>
        <translation>تسجيل الدخول كموظف</translation>
    </message>
    <message>
        <source>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</source>
        <translation>بهذا الرمز السري تتابع العمل على هذا الجهاز اللوحي، حتى بدون إنترنت. اختر من 5 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <source>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</source>
        <translation>اختر اسمك. بعد دقيقتين بدون لمس يُقفل الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</source>
        <translation>مرة واحدة، مع الإنترنت: اسم المستخدم وكلمة المرور من المسؤول.</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>رمز سري جديد</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>أعد كتابة الرمز السري</translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation>حفظ الرمز السري</translation>
    </message>
    <message>
        <source>Medewerker %1</source>
        <translation>الموظف %1</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>الرمز السري (PIN)</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Andere medewerker aanmelden</source>
        <translation>تسجيل دخول موظف آخر</translation>
    </message>
    <message>
        <source>Terug naar ontgrendelen</source>
        <translation>العودة إلى فتح القفل</translation>
    </message>
    <message>
        <source>Deze tablet is nog niet ingesteld</source>
        <translation>لم يتم إعداد هذا الجهاز اللوحي بعد</translation>
    </message>
</context>
<context>
    <name>StaffTour</name>
    <message>
        <source>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</source>
        <translation>للأسف لا يوجد مكان. سنخبرك بالأنشطة الجديدة.</translation>
    </message>
</context>
<context>
    <name>StaffTrajectorySection</name>
    <message>
        <source>Stap vastgelegd; wordt verstuurd.</source>
        <translation>سُجِّلت الخطوة؛ سيتم إرسالها.</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.</source>
        <translation>لا توجد موافقة على متابعة طريق هذا المستأجر. لا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>%1: trede %2 van %3, %4 (gemeten %5)</source>
        <translation>%1: الدرجة %2 من %3، %4 (قيس في %5)</translation>
    </message>
    <message>
        <source>meet opnieuw: langer dan zes maanden geleden</source>
        <translation>قِس من جديد: منذ أكثر من ستة أشهر</translation>
    </message>
    <message>
        <source>Doel: %1 (bespreken op %2)</source>
        <translation>الهدف: %1 (يُناقش في %2)</translation>
    </message>
    <message>
        <source>Voorstel: %1 naar trede %2 (%3). %4</source>
        <translation>اقتراح: %1 إلى الدرجة %2 (%3). %4</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Datum van de meting (jjjj-mm-dd)</source>
        <translation>تاريخ القياس (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>ملاحظة قصيرة</translation>
    </message>
    <message>
        <source>Persoonlijk doel (mag leeg)</source>
        <translation>هدف شخصي (يمكن تركه فارغاً)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: over 6 maanden een stageplek</source>
        <translation>مثلاً: مكان تدريب خلال 6 أشهر</translation>
    </message>
    <message>
        <source>Doel bespreken op (jjjj-mm-dd)</source>
        <translation>مناقشة الهدف في (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>تسجيل الخطوة</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Nieuwe vrijwilligers</source>
        <translation>متطوعون جدد</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>أماكن التدريب</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Meedoen — %1</source>
        <translation>Meedoen — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wacht(en) op verzending</source>
        <translation>
            <numerusform>لا توجد تغييرات تنتظر الإرسال (%n)</numerusform>
            <numerusform>تغيير واحد (%n) ينتظر الإرسال</numerusform>
            <numerusform>تغييران (%n) ينتظران الإرسال</numerusform>
            <numerusform>%n تغييرات تنتظر الإرسال</numerusform>
            <numerusform>%n تغييرًا ينتظر الإرسال</numerusform>
            <numerusform>%n تغيير ينتظر الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verzonden</source>
        <translation>تم إرسال كل شيء</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nieuwe bewoner inschrijven</source>
        <translation>تسجيل ساكن جديد</translation>
    </message>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>طلبات الحذف</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.</source>
        <translation>حدّث التطبيق. تبقى التغييرات على هذا الجهاز اللوحي حتى يتم تحديث التطبيق.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data folder %1 cannot be created or opened.</source>
        <translation>لا يمكن إنشاء مجلد البيانات %1 أو فتحه.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read.</source>
        <translation>لا يمكن قراءة الكتالوج %1.</translation>
    </message>
    <message>
        <source>The catalogue %1 is not valid at %2: %3</source>
        <translation>الكتالوج %1 غير صالح عند %2: %3</translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation>تعذّر حفظ الكتالوج.</translation>
    </message>
    <message>
        <source>It could not be moved aside in %1.</source>
        <translation>تعذّر نقله جانبًا في %1.</translation>
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
        <translation>هذا الرمز لا يعمل (أو لم يعد يعمل). اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>De server is niet bereikbaar. Probeer het later opnieuw.</source>
        <translation>لا يمكن الوصول إلى الخادم. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Het apparaat kon de koppeling niet opslaan.</source>
        <translation>لم يستطع الجهاز حفظ الربط.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server.</source>
        <translation>حدّث التطبيق. هذا الإصدار لم يعد يعمل مع الخادم.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n aanmelding(en) wachten op verzending.</source>
        <translation>
            <numerusform>لا توجد تسجيلات تنتظر الإرسال (%n).</numerusform>
            <numerusform>تسجيل واحد (%n) ينتظر الإرسال.</numerusform>
            <numerusform>تسجيلان (%n) ينتظران الإرسال.</numerusform>
            <numerusform>%n تسجيلات تنتظر الإرسال.</numerusform>
            <numerusform>%n تسجيلًا ينتظر الإرسال.</numerusform>
            <numerusform>%n تسجيل ينتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er is nu geen verbinding; we sturen ze zodra het weer kan.</source>
        <translation>لا يوجد اتصال الآن؛ سنرسلها عندما يعود الاتصال.</translation>
    </message>
    <message>
        <source>Alles is verstuurd. Laatst bijgewerkt om %1.</source>
        <translation>تم إرسال كل شيء. آخر تحديث الساعة %1.</translation>
    </message>
    <message>
        <source>Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.</source>
        <translation>لا يمكن لهذا الجهاز أن يرسل شيئًا الآن. ما كُتب هنا محفوظ. من فضلك أخبر أحد الموظفين.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.</source>
        <translation>حدّث التطبيق. هذا الإصدار لم يعد يعمل مع الخادم. ما كُتب هنا محفوظ.</translation>
    </message>
</context>
<context>
    <name>TenancyVerdictNote</name>
    <message>
        <source>Huurdernummer klopt met het adres</source>
        <translation>رقم المستأجر يطابق العنوان</translation>
    </message>
    <message>
        <source>Huurdernummer hoort bij een ander adres</source>
        <translation>رقم المستأجر يخص عنوانًا آخر</translation>
    </message>
    <message>
        <source>Huurdernummer onbekend in de huuradministratie</source>
        <translation>رقم المستأجر غير معروف في سجلات الإيجار</translation>
    </message>
    <message>
        <source>Geen huurdernummer opgegeven</source>
        <translation>لم يُذكر رقم المستأجر</translation>
    </message>
    <message>
        <source>Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.</source>
        <translation>تحقق من ذلك بنفسك. إذا كان صحيحًا رغم ذلك، فسجّل كيف تحققت منه.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Over deze leerplek</source>
        <translation>عن مكان التدريب هذا</translation>
    </message>
    <message>
        <source>Waarom wil je dit doen?</source>
        <translation>لماذا تريد أن تفعل هذا؟</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</source>
        <translation>اكتبه بكلماتك. بضع جمل تكفي.</translation>
    </message>
    <message>
        <source>Wanneer wil je beginnen?</source>
        <translation>متى تريد أن تبدأ؟</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vul je postcode in zoals 1234 AB.</source>
        <translation>اكتب رمزك البريدي مثل 1234 AB.</translation>
    </message>
    <message>
        <source>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</source>
        <translation>هذا الرمز البريدي غير موجود. تأكد أنك كتبته صحيحًا.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in.</source>
        <translation>اكتب رقم بيتك.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in met cijfers, zoals 12 of 12a.</source>
        <translation>اكتب رقم بيتك بالأرقام، مثل 12 أو 12a.</translation>
    </message>
    <message>
        <source>Een huisnummer ligt tussen %1 en %2.</source>
        <translation>رقم البيت يكون بين %1 و%2.</translation>
    </message>
    <message>
        <source>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</source>
        <translation>اكتب الإضافة في مكان واحد فقط: مع رقم البيت أو في خانة الإضافة.</translation>
    </message>
    <message>
        <source>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</source>
        <translation>الإضافة فيها حروف وأرقام، مثل A أو 2.</translation>
    </message>
    <message>
        <source>Een toevoeging heeft hoogstens %1 tekens.</source>
        <translation>الإضافة فيها %1 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in.</source>
        <translation>اكتب رقم هاتفك.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</source>
        <translation>اكتب رقم هاتفك مثل 06 12345678 أو ‎+32 470 123456. استخدم الأرقام والمسافات والشرطات فقط.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</source>
        <translation>في رقم الهاتف هذا أرقام كثيرة جدًا أو قليلة جدًا. الرقم الهولندي فيه 10 أرقام، مثل 06 12345678.</translation>
    </message>
    <message>
        <source>Vul je e-mailadres in.</source>
        <translation>اكتب بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</source>
        <translation>هذا البريد الإلكتروني غير صحيح. اكتبه مثل naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Dit e-mailadres is te lang.</source>
        <translation>هذا البريد الإلكتروني طويل جدًا.</translation>
    </message>
    <message>
        <source>Vul je naam in.</source>
        <translation>اكتب اسمك.</translation>
    </message>
    <message>
        <source>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
        <translation>الاسم يتكون من حروف. المسافات و&apos; و- و. مسموحة أيضًا. الأرقام والرموز الأخرى غير مسموحة.</translation>
    </message>
    <message>
        <source>Een naam heeft minstens één letter.</source>
        <translation>الاسم فيه حرف واحد على الأقل.</translation>
    </message>
    <message>
        <source>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</source>
        <translation>هذا الاسم طويل جدًا. الاسم فيه %1 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in, zoals 31-12-1990.</source>
        <translation>اكتب تاريخ ميلادك، مثل 31-12-1990.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</source>
        <translation>تاريخ الميلاد هذا في المستقبل. تأكد أنك كتبته صحيحًا.</translation>
    </message>
    <message numerus="yes">
        <source>Je moet minstens %n jaar zijn om mee te doen.</source>
        <translation>
            <numerusform>يجب أن يكون عمرك %n سنة على الأقل لتشارك.</numerusform>
            <numerusform>يجب أن يكون عمرك سنة واحدة (%n) على الأقل لتشارك.</numerusform>
            <numerusform>يجب أن يكون عمرك سنتين (%n) على الأقل لتشارك.</numerusform>
            <numerusform>يجب أن يكون عمرك %n سنوات على الأقل لتشارك.</numerusform>
            <numerusform>يجب أن يكون عمرك %n سنة على الأقل لتشارك.</numerusform>
            <numerusform>يجب أن يكون عمرك %n سنة على الأقل لتشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</source>
        <translation>
            <numerusform>راجع تاريخ ميلادك: بهذا التاريخ يكون عمرك أكثر من %n سنة.</numerusform>
            <numerusform>راجع تاريخ ميلادك: بهذا التاريخ يكون عمرك أكثر من سنة واحدة (%n).</numerusform>
            <numerusform>راجع تاريخ ميلادك: بهذا التاريخ يكون عمرك أكثر من سنتين (%n).</numerusform>
            <numerusform>راجع تاريخ ميلادك: بهذا التاريخ يكون عمرك أكثر من %n سنوات.</numerusform>
            <numerusform>راجع تاريخ ميلادك: بهذا التاريخ يكون عمرك أكثر من %n سنة.</numerusform>
            <numerusform>راجع تاريخ ميلادك: بهذا التاريخ يكون عمرك أكثر من %n سنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</source>
        <translation>في النص رمز لا يمكن قراءته. اكتب النص مرة أخرى.</translation>
    </message>
    <message>
        <source>Schrijf dit op één regel, zonder enter of tab.</source>
        <translation>اكتب هذا في سطر واحد، بدون Enter أو Tab.</translation>
    </message>
    <message>
        <source>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</source>
        <translation>في النص رمز غير مرئي غير مسموح هنا. احذفه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>املأ هذا الحقل.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</source>
        <translation>هذا النص طويل جدًا. يمكنك استخدام %1 حرف على الأكثر، والآن عددها %2.</translation>
    </message>
    <message>
        <source>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</source>
        <translation>هذا الرمز فيه حروف صغيرة وأرقام وشرطات فقط (%1 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</source>
        <translation>رقم المستأجر فيه حروف وأرقام وشرطات.</translation>
    </message>
    <message>
        <source>Een huurdersnummer heeft hoogstens %1 tekens.</source>
        <translation>رقم المستأجر فيه %1 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</source>
        <translation>اكتب رقم هاتفك أو بريدك الإلكتروني، لكي نستطيع التواصل معك.</translation>
    </message>
    <message>
        <source>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</source>
        <translation>عدد الأماكن لا يمكن أن يكون سالبًا. اكتب 0 لعدد بلا حد.</translation>
    </message>
    <message>
        <source>De minimumleeftijd ligt tussen 0 en %1 jaar.</source>
        <translation>أقل عمر يكون بين 0 و%1 سنة.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation>تاريخ الانتهاء قبل تاريخ البدء.</translation>
    </message>
    <message>
        <source>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</source>
        <translation>اختر نوع مكان التدريب: تدريب عملي، أو مكان تعلّم وعمل، أو مكان لإعادة الاندماج في العمل.</translation>
    </message>
    <message>
        <source>Alleen een leerplek heeft een soort leerplek.</source>
        <translation>فقط مكان التدريب له نوع مكان تدريب.</translation>
    </message>
    <message>
        <source>De plek op de kaart klopt niet.</source>
        <translation>المكان على الخريطة غير صحيح.</translation>
    </message>
    <message>
        <source>Kies waarvoor je de uren geeft.</source>
        <translation>اختر النشاط الذي تُدخل الساعات له.</translation>
    </message>
    <message>
        <source>Vul de datum in zoals 3-12-2026.</source>
        <translation>أدخل التاريخ بهذا الشكل 3-12-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst. Vul een dag in die al geweest is.</source>
        <translation>هذا التاريخ في المستقبل. أدخل يومًا قد مضى.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt uren tot %n dagen terug invullen.</source>
        <translation>
            <numerusform>يمكنك إدخال الساعات حتى %n يوم مضى.</numerusform>
            <numerusform>يمكنك إدخال الساعات حتى يوم واحد (%n) مضى.</numerusform>
            <numerusform>يمكنك إدخال الساعات حتى يومين (%n) مضيا.</numerusform>
            <numerusform>يمكنك إدخال الساعات حتى %n أيام مضت.</numerusform>
            <numerusform>يمكنك إدخال الساعات حتى %n يومًا مضى.</numerusform>
            <numerusform>يمكنك إدخال الساعات حتى %n يوم مضى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>أدخل التاريخ.</translation>
    </message>
    <message>
        <source>Vul in hoe lang je bezig was, bijvoorbeeld 1:30.</source>
        <translation>أدخل كم من الوقت عملت، مثلًا 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30.</source>
        <translation>أدخل الوقت بأرباع الساعة، مثلًا 1:15 أو 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in zoals 1:30 (uren:minuten).</source>
        <translation>أدخل الوقت بهذا الشكل 1:30 (ساعات:دقائق).</translation>
    </message>
    <message numerus="yes">
        <source>Met deze uren kom je boven %n uur op die dag.</source>
        <translation>
            <numerusform>بهذه الساعات تتجاوز %n ساعة في ذلك اليوم.</numerusform>
            <numerusform>بهذه الساعات تتجاوز ساعة واحدة (%n) في ذلك اليوم.</numerusform>
            <numerusform>بهذه الساعات تتجاوز ساعتين (%n) في ذلك اليوم.</numerusform>
            <numerusform>بهذه الساعات تتجاوز %n ساعات في ذلك اليوم.</numerusform>
            <numerusform>بهذه الساعات تتجاوز %n ساعة في ذلك اليوم.</numerusform>
            <numerusform>بهذه الساعات تتجاوز %n ساعة في ذلك اليوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt hoogstens %n uur per dag invullen.</source>
        <translation>
            <numerusform>يمكنك إدخال %n ساعة كحد أقصى في اليوم.</numerusform>
            <numerusform>يمكنك إدخال ساعة واحدة (%n) كحد أقصى في اليوم.</numerusform>
            <numerusform>يمكنك إدخال ساعتين (%n) كحد أقصى في اليوم.</numerusform>
            <numerusform>يمكنك إدخال %n ساعات كحد أقصى في اليوم.</numerusform>
            <numerusform>يمكنك إدخال %n ساعة كحد أقصى في اليوم.</numerusform>
            <numerusform>يمكنك إدخال %n ساعة كحد أقصى في اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een wijk.</source>
        <translation>اختر حيًّا.</translation>
    </message>
    <message>
        <source>Kies een route uit de lijst.</source>
        <translation>اختر مسارًا من القائمة.</translation>
    </message>
    <message>
        <source>Een jaar begint op 1 januari.</source>
        <translation>تبدأ السنة في 1 يناير.</translation>
    </message>
    <message>
        <source>Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.</source>
        <translation>يبدأ ربع السنة في 1 يناير أو 1 أبريل أو 1 يوليو أو 1 أكتوبر.</translation>
    </message>
    <message>
        <source>Vul een doel in van 0 tot %1.</source>
        <translation>أدخل هدفًا من 0 إلى %1.</translation>
    </message>
    <message>
        <source>Dit kan Meedoen nog niet tellen. Kies iets anders.</source>
        <translation>لا يستطيع Meedoen عدّ هذا بعد. اختر شيئًا آخر.</translation>
    </message>
    <message>
        <source>Vul een getal in van 0 tot en met %1.</source>
        <translation>اكتب رقمًا من 0 إلى %1.</translation>
    </message>
    <message>
        <source>Kies een maand.</source>
        <translation>اختر شهرًا.</translation>
    </message>
    <message>
        <source>Vul een bedrag in van 0 tot en met %1 cent.</source>
        <translation>أدخل مبلغًا من 0 إلى %1 سنت.</translation>
    </message>
    <message>
        <source>Schrijf de bron op één regel van hoogstens %1 tekens.</source>
        <translation>اكتب المصدر في سطر واحد، %1 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Vul een drempel in van 0 tot en met %1 cent.</source>
        <translation>أدخل حدًّا من 0 إلى %1 سنت.</translation>
    </message>
    <message>
        <source>Vul een aandeel in van 1 tot en met 10000 basispunten.</source>
        <translation>أدخل نسبة من 1 إلى 10000 نقطة أساس.</translation>
    </message>
    <message>
        <source>Geef elk soort leerplek één tarief.</source>
        <translation>حدّد سعرًا واحدًا لكل نوع من أماكن التدريب.</translation>
    </message>
    <message>
        <source>Vul een aantal maanden in van 1 tot en met %1.</source>
        <translation>أدخل عدد الأشهر من 1 إلى %1.</translation>
    </message>
    <message>
        <source>Hoogstens %1 verplichtingen.</source>
        <translation>%1 التزام على الأكثر.</translation>
    </message>
    <message>
        <source>Geef elke verplichting een eigen kenmerk, zoals het contractnummer.</source>
        <translation>أعطِ كل التزام مرجعًا خاصًا به، مثل رقم العقد.</translation>
    </message>
    <message>
        <source>Kies de leverancier uit de partners.</source>
        <translation>اختر المورّد من بين الشركاء.</translation>
    </message>
    <message>
        <source>Beschrijf de opdracht op één regel van hoogstens %1 tekens.</source>
        <translation>صف العقد في سطر واحد، %1 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Social return geldt voor opdrachten boven € %1.</source>
        <translation>ينطبق العائد الاجتماعي على العقود التي تزيد على € %1.</translation>
    </message>
    <message>
        <source>De looptijd eindigt op of na de begindatum.</source>
        <translation>تنتهي المدة في تاريخ البدء أو بعده.</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>يجب أن يكون هذا الحقل نصًا.</translation>
    </message>
    <message>
        <source>This must be a whole number from %1 to %2.</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>This must be a number from %1 to %2.</source>
        <translation>يجب أن يكون رقمًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>يجب أن يكون true أو false.</translation>
    </message>
    <message>
        <source>This must be a date like 2026-12-31.</source>
        <translation>يجب أن يكون تاريخًا مثل 2026-12-31.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>يجب أن يكون قائمة.</translation>
    </message>
    <message>
        <source>Each entry must be a short key of lower-case letters, digits and hyphens.</source>
        <translation>يجب أن يكون كل عنصر مفتاحًا قصيرًا من حروف صغيرة وأرقام وشرطات.</translation>
    </message>
    <message>
        <source>This must be an object.</source>
        <translation>يجب أن يكون كائنًا (object).</translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation>هذه القيمة ليست من القيم المسموحة.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>هذا الحقل غير معروف.</translation>
    </message>
    <message>
        <source>This site is not known.</source>
        <translation>هذا الموقع غير معروف.</translation>
    </message>
    <message>
        <source>This is not a personal code.</source>
        <translation>هذا ليس رمزًا شخصيًا.</translation>
    </message>
    <message>
        <source>This must be a time like 2026-12-31T09:00:00Z.</source>
        <translation>يجب أن يكون وقتًا مثل 2026-12-31T09:00:00Z.</translation>
    </message>
    <message>
        <source>This is not a reference code.</source>
        <translation>هذا ليس رمزًا مرجعيًا.</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1.</source>
        <translation>الكتالوج ليس JSON صالحًا: %1.</translation>
    </message>
    <message>
        <source>This is not a Meedoen catalogue (format %1).</source>
        <translation>هذا ليس كتالوج Meedoen (الصيغة %1).</translation>
    </message>
    <message>
        <source>This must be a UUID.</source>
        <translation>يجب أن يكون UUID.</translation>
    </message>
    <message>
        <source>This must be a key like abc-1.</source>
        <translation>يجب أن يكون مفتاحًا مثل abc-1.</translation>
    </message>
    <message>
        <source>Without identify, personId must be the UUID of a registered person.</source>
        <translation>بدون identify، يجب أن يكون personId هو UUID لشخص مسجَّل.</translation>
    </message>
    <message>
        <source>An opportunity needs a site.</source>
        <translation>النشاط يحتاج إلى موقع.</translation>
    </message>
    <message>
        <source>At most %1 mutations per request.</source>
        <translation>%1 تغيير على الأكثر في كل طلب.</translation>
    </message>
    <message>
        <source>Each mutation must be an object.</source>
        <translation>يجب أن يكون كل تغيير كائنًا (object).</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1.</source>
        <translation>يجب أن يكون seq عددًا صحيحًا من 1 فما فوق.</translation>
    </message>
    <message>
        <source>Send the login and the password as text.</source>
        <translation>أرسل اسم الدخول وكلمة المرور كنص.</translation>
    </message>
    <message>
        <source>Send back the cursor you got.</source>
        <translation>أعد إرسال المؤشر (cursor) الذي وصلك.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>يجب أن يكون limit عددًا صحيحًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>This parameter is not known.</source>
        <translation>هذا المعامل غير معروف.</translation>
    </message>
    <message>
        <source>This must be a month like 2026-11.</source>
        <translation>يجب أن يكون شهرًا مثل 2026-11.</translation>
    </message>
    <message>
        <source>This list is longer than allowed.</source>
        <translation>هذه القائمة أطول من المسموح.</translation>
    </message>
    <message>
        <source>Send JSON without a byte order mark (BOM).</source>
        <translation>أرسل JSON بدون علامة ترتيب البايت (BOM).</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>هذا الحقل مذكور مرتين.</translation>
    </message>
    <message>
        <source>appVersion must be 1 to 32 letters, digits or . + ~ -.</source>
        <translation>يجب أن يتكون appVersion من 1 إلى 32 حرفًا أو رقمًا أو . + ~ -.</translation>
    </message>
    <message>
        <source>Send appVersion, queueLength and oldestQueuedSeconds together, each once.</source>
        <translation>أرسل appVersion وqueueLength وoldestQueuedSeconds معًا، كلًّا منها مرة واحدة.</translation>
    </message>
    <message>
        <source>Too many kiosks in one answer.</source>
        <translation>عدد كبير جدًا من الأكشاك في إجابة واحدة.</translation>
    </message>
    <message>
        <source>This language is not one of the app&apos;s.</source>
        <translation>هذه اللغة ليست من لغات التطبيق.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>هذه القائمة طويلة جدًا.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>هذا الملف كبير جدًا.</translation>
    </message>
</context>
</TS>
