<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>CandidateMatch</name>
    <message>
        <source>Nederlands</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>pazartesi</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>salı</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>çarşamba</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>perşembe</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>cuma</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>cumartesi</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>pazar</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>sabah</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>öğleden sonra</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>akşam</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>A weekday (%1) and a part of the day (%2), one word in Dutch: dinsdagochtend</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Interesse: %1</source>
        <translation>İlgi alanı: %1</translation>
    </message>
    <message numerus="yes">
        <source>Beschikbaar: %1 en nog %n dagdelen</source>
        <translation>
            <numerusform>Müsait: %1 ve %n zaman dilimi daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Beschikbaar: %1</source>
        <translation>Müsait: %1</translation>
    </message>
    <message>
        <source>Tijden in overleg</source>
        <translation>Saatler anlaşmaya göre</translation>
    </message>
    <message>
        <source>Woont in %1</source>
        <translation>%1 semtinde oturuyor</translation>
    </message>
    <message>
        <source>Spreekt %1</source>
        <translation>Konuştuğu dil: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <source>Gevonden activiteiten</source>
        <translation>Bulunan etkinlikler</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Hiçbir şey bulunamadı. Başka bir kelime dene.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Alle activiteiten</source>
        <translation>Tüm etkinlikler</translation>
    </message>
    <message>
        <source>Dichtbij %1 staat bovenaan.</source>
        <translation>%1 yakınındakiler en üstte.</translation>
    </message>
    <message>
        <source>Filters verbergen</source>
        <translation>Filtreleri gizle</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtreler</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Hepsi</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Tüm mahalleler</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Mahalle</translation>
    </message>
    <message numerus="yes">
        <source>%n gevonden</source>
        <translation>
            <numerusform>%n sonuç bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>Dichtbij jou staat bovenaan.</source>
        <translation>Sana yakın olanlar en üstte.</translation>
    </message>
    <message>
        <source>Dichtbij postcode %1 staat bovenaan.</source>
        <translation>%1 posta koduna yakın olanlar en üstte.</translation>
    </message>
    <message>
        <source>Alleen dichtbij</source>
        <translation>Sadece yakındakiler</translation>
    </message>
    <message>
        <source>Ook verder weg (%1)</source>
        <translation>Daha uzaktakiler de (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
        <translation>Bu etkinlik dolu. Bekleme listesine gireceksin. Bir yer boşalırsa sana haber veririz.</translation>
    </message>
    <message>
        <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
        <translation>Bir yer istiyorsun. Konut kurumu uygun olup olmadığına bakar ve sana haber verir.</translation>
    </message>
    <message>
        <source>Inschrijven?</source>
        <translation>Kaydolunsun mu?</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.</source>
        <translation>Konut şirketine kaydın yapılıyor. Kişisel kodunun yazdığı bir fiş alırsın; sonra hemen etkinliklere kaydolabilirsin.</translation>
    </message>
    <message>
        <source>Klopt dit?</source>
        <translation>Bunlar doğru mu?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Niets gekozen</source>
        <translation>Hiçbir şey seçilmedi</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kişisel kod</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Huurdersnummer</source>
        <translation>Kiracı numarası</translation>
    </message>
    <message>
        <source>Wat je graag doet</source>
        <translation>Yapmayı sevdiğin şeyler</translation>
    </message>
    <message>
        <source>Talen die je spreekt</source>
        <translation>Konuştuğun diller</translation>
    </message>
    <message>
        <source>Wanneer je tijd hebt</source>
        <translation>Ne zaman vaktin var</translation>
    </message>
    <message>
        <source>Waar je ja tegen zegt</source>
        <translation>Evet dediğin şeyler</translation>
    </message>
    <message>
        <source>Nergens: geen vinkjes gezet</source>
        <translation>Hiçbir şey: hiçbir kutu işaretlenmedi</translation>
    </message>
    <message>
        <source>Waarom je dit wilt doen</source>
        <translation>Bunu neden yapmak istiyorsun</translation>
    </message>
    <message>
        <source>Wanneer je wilt beginnen</source>
        <translation>Ne zaman başlamak istiyorsun</translation>
    </message>
    <message>
        <source>Wijzig</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Wijzig: %1</source>
        <translation>Değiştir: %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Wat doen we met je gegevens?</source>
        <translation>Bilgilerinle ne yapıyoruz?</translation>
    </message>
    <message>
        <source>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</source>
        <translation>Adını, adresini ve sana nasıl ulaşabileceğimizi saklıyoruz. Kaydını yapmak için bunlara ihtiyacımız var. Başka şeyler için önce sana soruyoruz. Kabul ediyorsan kutuyu işaretle. Daha sonra her zaman hayır diyebilirsin.</translation>
    </message>
    <message>
        <source>Zonder vinkjes kun je je ook gewoon aanmelden.</source>
        <translation>İşaret koymadan da kaydolabilirsin.</translation>
    </message>
</context>
<context>
    <name>ContrastSwitch</name>
    <message>
        <source>Sterk contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseScreen</name>
    <message>
        <source>De gegevens op dit apparaat waren beschadigd</source>
        <translation>Bu cihazdaki veriler bozulmuştu</translation>
    </message>
    <message>
        <source>Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.</source>
        <translation>Meedoen dosyayı bir kenara koydu. Hiçbir şey silinmedi. Yönetici onu %1 adıyla bulabilir.</translation>
    </message>
    <message>
        <source>Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.</source>
        <translation>Bu cihazı konut şirketinin sunucusuna yeniden bağlayın. Sonra her şeyi yeniden alır. Bir çalışandan yardım isteyin.</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Yeniden bağla</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>%1 veritabanı açılamıyor.</translation>
    </message>
    <message>
        <source>%1 is not a Meedoen database or it is damaged. It was not changed.</source>
        <translation>%1 bir Meedoen veritabanı değil veya bozuk. Dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</source>
        <translation>%1, Meedoen&apos;in daha yeni bir sürümüyle yazılmış (şema %2, bu sürüm en fazla %3 biliyor). Meedoen&apos;i güncelle; dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>%1 veritabanına yazılamıyor.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded. It was left as it was.</source>
        <translation>%1 veritabanı güncellenemedi. Olduğu gibi bırakıldı.</translation>
    </message>
</context>
<context>
    <name>DateOfBirthFields</name>
    <message>
        <source>Dag</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>gg</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>aa</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Yıl</translation>
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
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</source>
        <translation>Sunucunun adresini yaz, örneğin https://meedoen.corporatie.nl.</translation>
    </message>
    <message>
        <source>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</source>
        <translation>Bu bir sunucu adresi değil. Adres https:// ile başlar ve boşluk içermez.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van de beheerder kreeg.</source>
        <translation>Yöneticiden aldığın bağlantı kodunu yaz.</translation>
    </message>
    <message>
        <source>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</source>
        <translation>Bu bağlantı kodu doğru değil. Bağlantı kodunda sadece harf, rakam ve tire olur.</translation>
    </message>
    <message>
        <source>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</source>
        <translation>Bağlandı. Bu cihaz artık konut kurumuyla bilgi alışverişi yapıyor.</translation>
    </message>
</context>
<context>
    <name>EnrollPanel</name>
    <message>
        <source>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</source>
        <translation>Bu cihaz henüz konut kurumunun sunucusuna bağlı değil. Sunucunun adresini ve yöneticinin verdiği bağlantı kodunu yaz (15 dakika geçerli).</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Sunucunun adresi</translation>
    </message>
    <message>
        <source>https://meedoen.corporatie.nl</source>
        <translation>https://meedoen.corporatie.nl</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Bağlantı kodu</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Bağla</translation>
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
        <translation>Yeterince yer var</translation>
    </message>
    <message>
        <source>Vol — wachtlijst</source>
        <translation>Dolu — bekleme listesi</translation>
    </message>
    <message numerus="yes">
        <source>Nog %n plek(ken)</source>
        <translation>
            <numerusform>%n yer kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Gönüllü çalışma</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Öz yönetim</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Öğrenmek ve çalışmak</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Öğrenme</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Çalışma</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Boş zaman</translation>
    </message>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Verstuurd — we laten het je weten</source>
        <translation>Gönderildi — sana haber vereceğiz</translation>
    </message>
    <message>
        <source>Je bent aangenomen</source>
        <translation>Kabul edildin</translation>
    </message>
    <message>
        <source>Op de wachtlijst: nummer %1</source>
        <translation>Bekleme listesinde: sıra %1</translation>
    </message>
    <message>
        <source>Op de wachtlijst</source>
        <translation>Bekleme listesinde</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Olmadı</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Kaydı iptal edildi</translation>
    </message>
    <message>
        <source>Wacht op beoordeling</source>
        <translation>İnceleme bekleniyor</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 saat</translation>
    </message>
    <message>
        <source>sinds vandaag %1</source>
        <translation>bugün %1 itibarıyla</translation>
    </message>
    <message>
        <source>sinds gisteren %1</source>
        <translation>dün %1 itibarıyla</translation>
    </message>
    <message>
        <source>sinds %1 %2</source>
        <translation>%1 %2 itibarıyla</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>%1 itibarıyla</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Wie ben je?</source>
        <translation>Sen kimsin?</translation>
    </message>
    <message>
        <source>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</source>
        <translation>Daha önce aldığın kişisel kodu ve doğum tarihini yaz.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Hâlâ orada mısın?</translation>
    </message>
    <message numerus="yes">
        <source>Over %n seconde(n) wissen we alles wat je hebt ingevuld.</source>
        <translation>
            <numerusform>%n saniye sonra yazdığın her şeyi sileceğiz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ik ben er nog</source>
        <translation>Buradayım</translation>
    </message>
</context>
<context>
    <name>InboxNotice</name>
    <message>
        <source>Je uren van %1 (%2 uur) zijn goedgekeurd.</source>
        <translation>%1 tarihli saatlerin (%2 saat) onaylandı.</translation>
    </message>
    <message>
        <source>Je uren van %1 zijn aangepast van %2 naar %3 uur.</source>
        <translation>%1 tarihli saatlerin %2 saatten %3 saate değiştirildi.</translation>
    </message>
    <message>
        <source>Je uren van %1 (%2 uur) zijn afgekeurd.</source>
        <translation>%1 tarihli saatlerin (%2 saat) reddedildi.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Görevliden mesaj: “%1”</translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Meedoen in je buurt</source>
        <translation>Mahallende katıl</translation>
    </message>
    <message>
        <source>Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.</source>
        <translation>Gönüllü ol, mahallenin yönetimine yardım et ya da bir meslek öğren. Sana uygun olanı seç.</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Gönüllü çalışma</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>Mahallendeki insanlara yardım et</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Öz yönetim</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>Birlikte bir mahalle evi, bahçe ya da merdiven boşluğu yönet</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Öğrenmek ve çalışmak</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>Staj, çıraklık ya da işe dönüş</translation>
    </message>
    <message>
        <source>Of zoek zelf</source>
        <translation>Ya da kendin ara</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>Hepsini gör</translation>
    </message>
    <message>
        <source>Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.</source>
        <translation>1 dakika dokunulmazsa yazdığın her şeyi sileriz.</translation>
    </message>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>Başvurum ne durumda?</translation>
    </message>
</context>
<context>
    <name>KioskStatus</name>
    <message>
        <source>Even geduld, we vragen het na…</source>
        <translation>Bir dakika, soruyoruz…</translation>
    </message>
    <message>
        <source>We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.</source>
        <translation>Bu kişisel kod ve doğum tarihiyle bir başvuru bulamadık. Kontrol edip tekrar dene.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak geprobeerd. Probeer het over %n seconden nog eens.</source>
        <translation>
            <numerusform>Çok fazla denedin. %n saniye sonra tekrar dene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, of kijk in de app op je telefoon.</source>
        <translation>Bunun için internet bağlantısı gerekiyor ve şu anda bağlantı yok. Daha sonra tekrar dene ya da telefonundaki uygulamaya bak.</translation>
    </message>
    <message>
        <source>Het opvragen is niet gelukt. Probeer het later nog eens.</source>
        <translation>Sorgulama yapılamadı. Daha sonra tekrar dene.</translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Vraag een medewerker of je wijkconsulent om je code weer open te zetten.</source>
        <translation>Kodunuz, yanlış doğum tarihi çok sık girildiği için kilitlendi. Kodunuzun kilidini açması için bir görevliye veya mahalle danışmanınıza başvurun.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.</source>
        <translation>Uygulamayı güncelleyin. Bu sürüm artık sunucuyla çalışmıyor. Lütfen bir görevliye söyleyin.</translation>
    </message>
</context>
<context>
    <name>KioskStatusPage</name>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>Başvurum ne durumda?</translation>
    </message>
    <message>
        <source>Je hebt je nog nergens voor aangemeld.</source>
        <translation>Henüz hiçbir şeye başvurmadın.</translation>
    </message>
    <message>
        <source>Je aanmeldingen</source>
        <translation>Başvuruların</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Geïsoleerd</source>
        <translation>Yalnız</translation>
    </message>
    <message>
        <source>Je hebt weinig contact met andere mensen.</source>
        <translation>Başka insanlarla az görüşüyorsun.</translation>
    </message>
    <message>
        <source>Sociale contacten buitenshuis</source>
        <translation>Ev dışında sosyal ilişkiler</translation>
    </message>
    <message>
        <source>Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.</source>
        <translation>Evinin dışında insanlarla konuşuyorsun, örneğin mahallede.</translation>
    </message>
    <message>
        <source>Deelname aan georganiseerde activiteiten</source>
        <translation>Düzenlenen etkinliklere katılım</translation>
    </message>
    <message>
        <source>Je doet mee aan activiteiten, zoals een taalcafé of een club.</source>
        <translation>Dil kafesi ya da kulüp gibi etkinliklere katılıyorsun.</translation>
    </message>
    <message>
        <source>Onbetaald werk (vrijwilligerswerk, stage)</source>
        <translation>Ücretsiz iş (gönüllülük, staj)</translation>
    </message>
    <message>
        <source>Je doet vrijwilligerswerk of je loopt stage.</source>
        <translation>Gönüllü çalışıyorsun ya da staj yapıyorsun.</translation>
    </message>
    <message>
        <source>Betaald werk met ondersteuning</source>
        <translation>Destekli ücretli iş</translation>
    </message>
    <message>
        <source>Je hebt betaald werk en je krijgt daarbij hulp.</source>
        <translation>Ücretli bir işin var ve bunun için yardım alıyorsun.</translation>
    </message>
    <message>
        <source>Betaald werk</source>
        <translation>Ücretli iş</translation>
    </message>
    <message>
        <source>Je hebt betaald werk.</source>
        <translation>Ücretli bir işin var.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Taal</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>LinkPhonePage</name>
    <message>
        <source>Aanmeldingen koppelen</source>
        <translation>Kayıtları bağla</translation>
    </message>
    <message>
        <source>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</source>
        <translation>Mahalle evindeki kiosktan veya mahalle danışmanından kaydoldun mu? O zaman fişindeki kişisel kodu ve doğum tarihini yaz. Böylece kayıtlarını bu telefonda da görürsün.</translation>
    </message>
    <message>
        <source>Wacht op verbinding…</source>
        <translation>Bağlantı bekleniyor…</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Naar mijn aanmeldingen</source>
        <translation>Kayıtlarıma git</translation>
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
        <translation>Mahallenden haberler</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Sana uygun öneriler</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Bilgileri kuruluşla paylaşma</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Huurdernummer</source>
        <translation>Kiracı numarası</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kişisel kod</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>Bilgilerim</translation>
    </message>
    <message>
        <source>Gemaakt op %1</source>
        <translation>%1 tarihinde oluşturuldu</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>Hakkımda</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>İzinler</translation>
    </message>
    <message>
        <source>ingetrokken op %1</source>
        <translation>%1 tarihinde geri alındı</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Başvurular</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>İşe ya da okula giden yolunu takip etmek</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>Yolum</translation>
    </message>
</context>
<context>
    <name>MySignupsPage</name>
    <message>
        <source>Mijn aanmeldingen</source>
        <translation>Kayıtlarım</translation>
    </message>
    <message>
        <source>Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.</source>
        <translation>Bu telefonla henüz kaydolmadın. Bir etkinlik seç ve kaydol.</translation>
    </message>
    <message>
        <source>Je persoonlijke code</source>
        <translation>Kişisel kodun</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>Kişisel kodunun QR kodu</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Kaydı iptal et</translation>
    </message>
    <message>
        <source>Al aangemeld bij de zuil of bij je wijkconsulent?</source>
        <translation>Kiosktan veya mahalle danışmanından kaydoldun mu?</translation>
    </message>
    <message>
        <source>Koppel je aanmeldingen</source>
        <translation>Kayıtlarını bağla</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
</context>
<context>
    <name>NightScreen</name>
    <message>
        <source>Het scherm is uit. Tik om te beginnen.</source>
        <translation>Ekran kapalı. Başlamak için dokun.</translation>
    </message>
</context>
<context>
    <name>NothingYetNotice</name>
    <message>
        <source>Er is nu niets om je voor aan te melden</source>
        <translation>Şu anda kaydolabileceğin bir şey yok</translation>
    </message>
    <message>
        <source>Deze app is nog niet ingesteld</source>
        <translation>Bu uygulama henüz kurulmadı</translation>
    </message>
    <message>
        <source>Deze zuil is nog niet ingesteld</source>
        <translation>Bu kiosk henüz kurulmadı</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.</source>
        <translation>Konut şirketinden bir çalışan her şeyi hazırlayacak. Sonra burada neler yapabileceğini göreceksin.</translation>
    </message>
    <message>
        <source>De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.</source>
        <translation>Etkinlikler yükleniyor. Birazdan tekrar gel ya da bir çalışana sor.</translation>
    </message>
</context>
<context>
    <name>OpportunityPage</name>
    <message>
        <source>Vanaf %1 jaar</source>
        <translation>%1 yaşından itibaren</translation>
    </message>
    <message>
        <source>Nederlands op niveau %1 (%2)</source>
        <translation>%1 seviyesinde Felemenkçe (%2)</translation>
    </message>
    <message>
        <source>eenvoudige gesprekken</source>
        <translation>basit konuşmalar</translation>
    </message>
    <message>
        <source>gewone gesprekken</source>
        <translation>günlük konuşmalar</translation>
    </message>
    <message>
        <source>Een bewijs (certificaat) als je klaar bent</source>
        <translation>Bitirince bir belge (sertifika)</translation>
    </message>
    <message>
        <source>Van %1 tot %2</source>
        <translation>%1 ile %2 arası</translation>
    </message>
    <message>
        <source>Vanaf %1</source>
        <translation>%1 tarihinden itibaren</translation>
    </message>
    <message>
        <source>Wat ga je doen?</source>
        <translation>Ne yapacaksın?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Kiminle?</translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation>Ne zaman?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Nerede?</translation>
    </message>
    <message>
        <source>%1 hiervandaan</source>
        <translation>Buraya %1 uzaklıkta</translation>
    </message>
    <message>
        <source>Wat vragen we?</source>
        <translation>Senden ne istiyoruz?</translation>
    </message>
    <message>
        <source>Wat krijg je?</source>
        <translation>Ne alacaksın?</translation>
    </message>
    <message>
        <source>Vragen? Neem contact op met</source>
        <translation>Soruların mı var? Şu kişiye ulaş:</translation>
    </message>
    <message>
        <source>Zet me op de wachtlijst</source>
        <translation>Beni bekleme listesine al</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Kaydol</translation>
    </message>
    <message>
        <source>Ik ben nieuw</source>
        <translation>Yeniyim</translation>
    </message>
    <message>
        <source>Ik heb al een code</source>
        <translation>Kodum var</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Buiten gebruik — neem contact op met de corporatie.</source>
        <translation>Hizmet dışı — lütfen konut şirketiyle iletişime geç.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>PersonalCodeField</name>
    <message>
        <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
        <translation>Bu QR kodu bir kişisel kod değil. Fişindeki QR kodunu dene.</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kişisel kod</translation>
    </message>
    <message>
        <source>Scan QR-code</source>
        <translation>QR kodunu tara</translation>
    </message>
    <message>
        <source>Lees je persoonlijke code met de camera</source>
        <translation>Kişisel kodunu kamerayla okut</translation>
    </message>
    <message>
        <source>12 tekens, bijvoorbeeld %1</source>
        <translation>12 karakter, örneğin %1</translation>
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
        <translation>Mahallende neler yapabilirsin?</translation>
    </message>
    <message>
        <source>Mijn aanmeldingen (%1)</source>
        <translation>Kayıtlarım (%1)</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Gönüllü çalışma</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>Mahallendeki insanlara yardım et</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Öz yönetim</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>Birlikte bir mahalle evi, bahçe ya da merdiven boşluğu yönet</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Öğrenmek ve çalışmak</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>Staj, çıraklık ya da işe dönüş</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>Hepsini gör</translation>
    </message>
    <message>
        <source>Mijn uren</source>
        <translation>Saatlerim</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>Bilgilerim</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Mesajlar</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen berichten</source>
        <translation>
            <numerusform>%n okunmamış mesaj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneHours</name>
    <message>
        <source>Je uren zijn niet bewaard. Probeer het nog eens.</source>
        <translation>Saatlerin kaydedilmedi. Lütfen tekrar dene.</translation>
    </message>
    <message>
        <source>Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Saatleriniz kaydedilmedi: telefonunuz dolu. Yer açın ve tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>PhoneHoursModel</name>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Verstuurd — nog niet goedgekeurd</source>
        <translation>Gönderildi — henüz onaylanmadı</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur</source>
        <translation>%1 saat olarak düzeltildi</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur: %2</source>
        <translation>%1 saat olarak düzeltildi: %2</translation>
    </message>
    <message>
        <source>Afgekeurd</source>
        <translation>Onaylanmadı</translation>
    </message>
    <message>
        <source>Afgekeurd: %1</source>
        <translation>Onaylanmadı: %1</translation>
    </message>
    <message>
        <source>de datum ligt in de toekomst</source>
        <translation>tarih gelecekte</translation>
    </message>
    <message numerus="yes">
        <source>de datum is langer dan %n dagen geleden</source>
        <translation>
            <numerusform>tarih %n günden daha eski</numerusform>
        </translation>
    </message>
    <message>
        <source>vul de tijd in per kwartier</source>
        <translation>süreyi çeyrek saat olarak gir</translation>
    </message>
    <message numerus="yes">
        <source>meer dan %n uur op één dag</source>
        <translation>
            <numerusform>bir günde %n saatten fazla</numerusform>
        </translation>
    </message>
    <message>
        <source>je bent hier (nog) niet aangenomen</source>
        <translation>buraya (henüz) kabul edilmedin</translation>
    </message>
    <message>
        <source>de medewerker had het al bekeken</source>
        <translation>görevli bunu zaten incelemişti</translation>
    </message>
    <message>
        <source>deze activiteit bestaat niet meer</source>
        <translation>bu etkinlik artık yok</translation>
    </message>
    <message>
        <source>de corporatie kon dit niet verwerken</source>
        <translation>konut kurumu bunu işleyemedi</translation>
    </message>
</context>
<context>
    <name>PhoneHoursPage</name>
    <message>
        <source>Mijn uren</source>
        <translation>Saatlerim</translation>
    </message>
    <message>
        <source>Tegenprestatie in %1</source>
        <translation>%1 ayındaki karşılık saatleri</translation>
    </message>
    <message>
        <source>Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4</source>
        <translation>Kararlaştırılan %1 saat · girilen %2 · onaylanan %3 · kalan %4</translation>
    </message>
    <message>
        <source>Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.</source>
        <translation>Gönüllü iş veya öz yönetim için kabul edildiğinde saat girebilirsin.</translation>
    </message>
    <message>
        <source>Uren aanpassen</source>
        <translation>Saatleri düzelt</translation>
    </message>
    <message>
        <source>Uren invullen</source>
        <translation>Saat gir</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Hoe lang (uren:minuten, per kwartier)</source>
        <translation>Ne kadar sürdü (saat:dakika, çeyrek saat olarak)</translation>
    </message>
    <message>
        <source>Wat heb je gedaan? (mag leeg blijven)</source>
        <translation>Ne yaptın? (boş bırakılabilir)</translation>
    </message>
    <message>
        <source>Wijziging bewaren</source>
        <translation>Değişikliği kaydet</translation>
    </message>
    <message>
        <source>Uren bewaren</source>
        <translation>Saatleri kaydet</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Ingevulde uren</source>
        <translation>Girilen saatler</translation>
    </message>
    <message>
        <source>%1 uur — %2</source>
        <translation>%1 saat — %2</translation>
    </message>
    <message>
        <source>Aanpassen</source>
        <translation>Düzelt</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Geri çek</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 aanpassen</source>
        <translation>%2 için %1 tarihli saatleri değiştir</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 intrekken</source>
        <translation>%2 için %1 tarihli saatleri geri çek</translation>
    </message>
    <message>
        <source>%1 uur op %2 bij %3</source>
        <translation>%2 tarihinde %3 için %1 saat</translation>
    </message>
    <message>
        <source>Uren intrekken?</source>
        <translation>Saatler geri çekilsin mi?</translation>
    </message>
    <message>
        <source>%1 telt dan niet meer mee.</source>
        <translation>%1 artık sayılmayacak.</translation>
    </message>
    <message>
        <source>bijvoorbeeld %1</source>
        <translation>örneğin %1</translation>
    </message>
</context>
<context>
    <name>PhoneInbox</name>
    <message>
        <source>Nieuw bericht in Meedoen</source>
        <translation>Meedoen&apos;da yeni mesaj</translation>
    </message>
</context>
<context>
    <name>PhoneInboxPage</name>
    <message>
        <source>Berichten</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Alles gelezen</source>
        <translation>Tümünü okundu say</translation>
    </message>
    <message>
        <source>Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.</source>
        <translation>Henüz mesaj yok. Konut kurumunun başvuruların ve saatlerin hakkında verdiği kararları burada okursun.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Je uren</source>
        <translation>Saatlerin</translation>
    </message>
    <message>
        <source>Ontvangen op %1</source>
        <translation>%1 tarihinde alındı</translation>
    </message>
</context>
<context>
    <name>PhoneMyDataPage</name>
    <message>
        <source>Mijn gegevens</source>
        <translation>Bilgilerim</translation>
    </message>
    <message>
        <source>Deze telefoon bewaart geen gegevens van je.</source>
        <translation>Bu telefon senin hakkında hiçbir bilgi saklamıyor.</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>Hakkımda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>İzinler</translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation>%1 tarihinde geri alındı</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>%1 intrekken</source>
        <translation>%1 geri al</translation>
    </message>
    <message>
        <source>Aanmeldingen (%1)</source>
        <translation>Başvurular (%1)</translation>
    </message>
    <message>
        <source>Uren (%1)</source>
        <translation>Saatler (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur</source>
        <translation>%1: %2, %3 saat</translation>
    </message>
    <message>
        <source>Download mijn gegevens</source>
        <translation>Bilgilerimi indir</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Kaydedilemedi.</translation>
    </message>
    <message>
        <source>Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1</source>
        <translation>%1 klasörüne mijn-gegevens.json ve mijn-gegevens.html olarak kaydedildi</translation>
    </message>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>İzni geri almak istiyor musun?</translation>
    </message>
    <message>
        <source>We gebruiken je gegevens dan niet meer voor: %1.</source>
        <translation>Bilgilerini artık şunun için kullanmayacağız: %1.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Gegevens laten verwijderen</source>
        <translation>Verilerimi sildir</translation>
    </message>
    <message>
        <source>Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.</source>
        <translation>%1 tarihinde istendi. Konut şirketinden bir çalışan verilerini bir ay içinde siler; sonra bu telefonda da kalmaz.</translation>
    </message>
    <message>
        <source>Je kunt de corporatie vragen al je gegevens te verwijderen.</source>
        <translation>Konut şirketinden tüm verilerini silmesini isteyebilirsin.</translation>
    </message>
    <message>
        <source>Vraag om verwijdering van mijn gegevens</source>
        <translation>Verilerimin silinmesini iste</translation>
    </message>
    <message>
        <source>Je gegevens laten verwijderen?</source>
        <translation>Verilerin silinsin mi?</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.</source>
        <translation>Konut şirketinden bir çalışan adını, adresini, iletişim bilgilerini, izinlerini ve kişisel kodunu sunucuda ve bu telefonda siler. Başvuruların geri çekilir ve yerin bekleme listesi için boşalır. Çalıştığın saatler istatistikler için adın olmadan saklanır. Bu işlem geri alınamaz; daha sonra yeniden katılmak istersen tekrar kaydolursun.</translation>
    </message>
    <message>
        <source>Verwijderen aanvragen</source>
        <translation>Silinmesini iste</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>Yolum</translation>
    </message>
    <message>
        <source>Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.</source>
        <translation>Henüz bir şey kaydedilmedi. Bir çalışan bunu seninle birlikte yapar.</translation>
    </message>
    <message>
        <source>Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.</source>
        <translation>Yolunun takip edilmesine izin vermedin. Bu yüzden burada bir şey yok.</translation>
    </message>
    <message>
        <source>%1: stap %2 van %3</source>
        <translation>%1: %3 adımdan %2.</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1</source>
        <translation>%1 tarihinde güncellendi</translation>
    </message>
    <message>
        <source>Je doel: %1. We kijken er samen weer naar op %2.</source>
        <translation>Hedefin: %1. %2 tarihinde birlikte yeniden bakacağız.</translation>
    </message>
    <message>
        <source>Toestemming geven</source>
        <translation>İzin ver</translation>
    </message>
    <message>
        <source>Toestemming geven om mijn weg bij te houden</source>
        <translation>Yolumun takip edilmesine izin ver</translation>
    </message>
    <message>
        <source>Nee, liever niet</source>
        <translation>Hayır, istemiyorum</translation>
    </message>
    <message>
        <source>Ja, dat mag</source>
        <translation>Evet, olur</translation>
    </message>
</context>
<context>
    <name>QrScanView</name>
    <message>
        <source>Houd de QR-code van je persoonlijke code voor de camera</source>
        <translation>Kişisel kodunun QR kodunu kameraya tut</translation>
    </message>
    <message>
        <source>Beeld van de camera</source>
        <translation>Kamera görüntüsü</translation>
    </message>
    <message>
        <source>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</source>
        <translation>Kamera çalışmıyor. Uygulamaya kamerayı kullanma izni ver veya kodunu elle yaz.</translation>
    </message>
    <message>
        <source>Er is geen camera gevonden. Typ je code over.</source>
        <translation>Kamera bulunamadı. Kodunu elle yaz.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Stop met voorlezen</source>
        <translation>Sesli okumayı durdur</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Aangevraagd — we laten het je weten</source>
        <translation>İstendi — sana haber vereceğiz</translation>
    </message>
    <message>
        <source>Je hebt een plek aangevraagd bij: %1</source>
        <translation>Şu etkinlikte yer istedin: %1</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>Kişisel kodunun QR kodu</translation>
    </message>
    <message>
        <source>Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.</source>
        <translation>Kodun bu telefonda kayıtlı. Onu Kayıtlarım bölümünde bulursun.</translation>
    </message>
    <message>
        <source>Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.</source>
        <translation>Kodunu iyi sakla. Kayıtlarını bu telefonda görmek ister misin? O zaman Kayıtlarım ve Kayıtlarını bağla seçeneğini seç.</translation>
    </message>
    <message>
        <source>Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Kodunu bir yere yaz ya da fotoğrafını çek. Kodun ve doğum tarihinle bir dahaki sefere hızlıca kaydolursun.</translation>
    </message>
    <message>
        <source>Met je code en je geboortedatum meld je je snel aan.</source>
        <translation>Kodun ve doğum tarihinle hızlıca kaydolursun.</translation>
    </message>
    <message>
        <source>Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.</source>
        <translation>Kodunu bir yere de yaz. O zaman onu mahalle evindeki kioskta da kullanabilirsin.</translation>
    </message>
    <message>
        <source>Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.</source>
        <translation>Meedoen uygulaman var mı? Orada Kayıtlarım&apos;ı, sonra Kayıtlarını bağla&apos;yı seç. Sonra bu QR kodunu tara.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt</source>
        <translation>Kaydın olmadı</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor de wachtlijst van: %1</source>
        <translation>Şu etkinliğin bekleme listesine yazıldın: %1</translation>
    </message>
    <message>
        <source>Dit is je persoonlijke code:</source>
        <translation>Kişisel kodun bu:</translation>
    </message>
    <message>
        <source>Je aanmelding is toegevoegd aan je persoonlijke code:</source>
        <translation>Kaydın kişisel koduna eklendi:</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Kişisel kodun: %1</translation>
    </message>
    <message>
        <source>Print je bon</source>
        <translation>Fişini yazdır</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Je staat op de wachtlijst voor: %1</source>
        <translation>Şu etkinliğin bekleme listesindesin: %1</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor: %1</source>
        <translation>Şuna kaydoldun: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code:</source>
        <translation>Kişisel kodun:</translation>
    </message>
    <message>
        <source>Je aanmelding staat bij je persoonlijke code:</source>
        <translation>Kaydın kişisel koduna bağlı:</translation>
    </message>
    <message>
        <source>Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Bu fişi sakla. Kodun ve doğum tarihinle bir dahaki sefere hızlıca kaydolursun.</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Meedoen fişi</translation>
    </message>
    <message>
        <source>Je bon komt uit de printer.</source>
        <translation>Fişin yazıcıdan çıkıyor.</translation>
    </message>
    <message>
        <source>Printen lukt nu niet. Schrijf je code op of maak er een foto van.</source>
        <translation>Şu an yazdırılamıyor. Kodunu bir yere yaz ya da fotoğrafını çek.</translation>
    </message>
</context>
<context>
    <name>RegisterAddressPage</name>
    <message>
        <source>Waar woon je?</source>
        <translation>Nerede oturuyorsun?</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>Ev numarası</translation>
    </message>
    <message>
        <source>Toevoeging (als je die hebt)</source>
        <translation>Ek (varsa)</translation>
    </message>
    <message>
        <source>Hoe kunnen we je bereiken?</source>
        <translation>Sana nasıl ulaşabiliriz?</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</source>
        <translation>Telefon numaranı veya e-posta adresini yaz. İkisinden biri yeterli.</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>E-mailadres (als je wilt)</source>
        <translation>E-posta adresi (istersen)</translation>
    </message>
    <message>
        <source>Huurdersnummer (als je het weet)</source>
        <translation>Kiracı numarası (biliyorsan)</translation>
    </message>
    <message>
        <source>Staat op je huurcontract of in de brief van de corporatie</source>
        <translation>Kira sözleşmende veya konut şirketinin mektubunda yazar</translation>
    </message>
    <message>
        <source>Bijvoorbeeld %1</source>
        <translation>Örneğin %1</translation>
    </message>
</context>
<context>
    <name>RegisterAvailabilityPage</name>
    <message>
        <source>Wanneer heb je tijd?</source>
        <translation>Ne zaman vaktin var?</translation>
    </message>
    <message>
        <source>Tik op de vakjes die passen. Je mag ook niets kiezen.</source>
        <translation>Uygun kutulara dokun. Hiçbir şey seçmeyebilirsin de.</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Çar</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Paz</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>pazartesi</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>salı</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>çarşamba</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>perşembe</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>cuma</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>cumartesi</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>pazar</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>sabah</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>öğleden sonra</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>akşam</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>evet</translation>
    </message>
</context>
<context>
    <name>RegisterInterestsPage</name>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Ne yapmayı seversin?</translation>
    </message>
    <message>
        <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
        <translation>İstediğin kadar seç. Hiçbir şey seçmeyebilirsin de.</translation>
    </message>
    <message>
        <source>Welke talen spreek je?</source>
        <translation>Hangi dilleri konuşuyorsunuz?</translation>
    </message>
</context>
<context>
    <name>RegisterNamePage</name>
    <message>
        <source>Voornaam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie ben je?</source>
        <translation>Sen kimsin?</translation>
    </message>
    <message>
        <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
        <translation>Katılmak için 16 yaşında veya daha büyük olmalısın.</translation>
    </message>
    <message>
        <source>Wat is je geboortedatum?</source>
        <translation>Doğum tarihin ne?</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</source>
        <translation>Telefon numaranı veya e-posta adresini yaz. Böylece sana ulaşabiliriz.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in: dag, maand en jaar.</source>
        <translation>Doğum tarihini yaz: gün, ay ve yıl.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</source>
        <translation>Bu tarih yok. Günü, ayı ve yılı tekrar kontrol et.</translation>
    </message>
    <message>
        <source>Vul je persoonlijke code in. Je vindt hem op je bon.</source>
        <translation>Kişisel kodunu yaz. Kodu fişinde bulursun.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</source>
        <translation>Bu kod doğru değil. Fişine tekrar bak: 12 karakter, örneğin ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>Schrijf in een paar woorden waarom je dit wilt.</source>
        <translation>Bunu neden istediğini birkaç kelimeyle yaz.</translation>
    </message>
    <message>
        <source>Kies wanneer je wilt beginnen.</source>
        <translation>Ne zaman başlamak istediğini seç.</translation>
    </message>
    <message>
        <source>Nieuws uit je buurt</source>
        <translation>Mahallenden haberler</translation>
    </message>
    <message>
        <source>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</source>
        <translation>Mahallendeki yeni etkinlikler için seni arayabilir, sana mesaj veya e-posta gönderebiliriz.</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Sana uygun öneriler</translation>
    </message>
    <message>
        <source>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</source>
        <translation>Sana etkinlik bulmak için ilgi alanlarını ve boş zamanını kullanabiliriz.</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Bilgileri kuruluşla paylaşma</translation>
    </message>
    <message>
        <source>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</source>
        <translation>Adını ve telefon numaranı etkinliği düzenleyen kuruluşa verebiliriz. O zaman onlar seninle kendileri iletişime geçer.</translation>
    </message>
    <message>
        <source>Er klopt nog iets niet. Kijk naar de rode meldingen.</source>
        <translation>Bir şey hâlâ doğru değil. Kırmızı mesajlara bak.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</source>
        <translation>Kaydetme olmadı. Tekrar dene veya danışmadan yardım iste.</translation>
    </message>
    <message>
        <source>Taal en lezen</source>
        <translation>Dil ve okuma</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Ouderen</source>
        <translation>Yaşlılar</translation>
    </message>
    <message>
        <source>Klussen</source>
        <translation>Tamir işleri</translation>
    </message>
    <message>
        <source>Tuin en groen</source>
        <translation>Bahçe ve yeşillik</translation>
    </message>
    <message>
        <source>Koken</source>
        <translation>Yemek yapma</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Muziek</source>
        <translation>Müzik</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Bilgisayar</translation>
    </message>
    <message>
        <source>Techniek</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation>Büro işleri</translation>
    </message>
    <message>
        <source>Winkel</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Schoonmaken</source>
        <translation>Temizlik</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Bakım</translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. Probeer het nog een keer.</source>
        <translation>Kaydetme olmadı. Tekrar dene.</translation>
    </message>
    <message>
        <source>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</source>
        <translation>Telefonun bağlantı kurar kurmaz kayıtlarını arayacağız.</translation>
    </message>
    <message>
        <source>Gelukt: je aanmeldingen staan nu op deze telefoon.</source>
        <translation>Oldu: kayıtların artık bu telefonda.</translation>
    </message>
    <message>
        <source>Gelukt. Je aanmeldingen komen zo binnen.</source>
        <translation>Oldu. Kayıtların birazdan gelecek.</translation>
    </message>
    <message>
        <source>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</source>
        <translation>Bu kodu bu doğum tarihiyle tanımıyoruz. Kodunu ve doğum tarihini tekrar kontrol et.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.</source>
        <translation>Şu anda boş yer yok: bekleme listesine alınıyorsun. Bir yer boşalınca bir çalışan başvurunu inceleyecek.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.</source>
        <translation>Şu anda boş yer yok: bekleme listesine alınıyorsun. Bir yer boşalınca başvuru sırasına göre verilir.</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.</source>
        <translation>Konut şirketinden bir çalışan başvurunu inceleyip sana bildirecek. O zamana kadar senin için bir yer ayırıyoruz.</translation>
    </message>
    <message>
        <source>Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.</source>
        <translation>Hâlâ yer varsa, başvurun konut şirketine ulaşır ulaşmaz yer hemen senin. Bir çalışanı beklemen gerekmez.</translation>
    </message>
    <message numerus="yes">
        <source>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>Çok sık yanlış kod veya doğum tarihi girildi. %n dakika bekleyin ve sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.</source>
        <translation>Kodunuz kilitlendi, çünkü kodla birlikte çok sık yanlış doğum tarihi girildi. Mahalle danışmanınıza (wijkconsulent) gidin. Kodunuzu tekrar açabilir.</translation>
    </message>
    <message numerus="yes">
        <source>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</source>
        <translation>
            <numerusform>Bu kod ve bu doğum tarihi birbirine uymuyor. Lütfen dikkatlice kontrol edin. %n kez daha deneyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Kaydetme olmadı: telefonunuz dolu. Yer açın ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er nog. Probeer het later nog een keer, of vraag hulp bij de balie.</source>
        <translation>Kaydetme olmadı: bu cihazın hafızası dolu. Doldurduklarınız hâlâ burada. Daha sonra tekrar deneyin veya bankodan yardım isteyin.</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>İşe ya da okula giden yolunu takip etmek</translation>
    </message>
    <message>
        <source>Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer uitzetten. Dan halen we het weg.</source>
        <translation>Bir çalışan nasıl gittiğini takip edebilir: örneğin mahallede katılıyor musun, gönüllü çalışıyor musun ya da işin var mı. Bunu uygulamada kendin görürsün. Bunu her zaman yeniden kapatabilirsin. O zaman bunu sileriz.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Zoek op woord, bijvoorbeeld tuin of taal</source>
        <translation>Kelimeyle ara, örneğin bahçe ya da dil</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Ara</translation>
    </message>
</context>
<context>
    <name>SignupStatusText</name>
    <message>
        <source>Je plek is begonnen op %1.</source>
        <translation>Yerin %1 tarihinde başladı.</translation>
    </message>
    <message>
        <source>Je plek is begonnen.</source>
        <translation>Yerin başladı.</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond op %1. Goed gedaan!</source>
        <translation>Yerini %1 tarihinde tamamladın. Tebrikler!</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond. Goed gedaan!</source>
        <translation>Yerini tamamladın. Tebrikler!</translation>
    </message>
    <message>
        <source>Je plek is gestopt op %1.</source>
        <translation>Yerin %1 tarihinde sona erdi.</translation>
    </message>
    <message>
        <source>Je plek is gestopt.</source>
        <translation>Yerin sona erdi.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is.</source>
        <translation>Henüz gönderilmedi. Başvurun bağlantı olur olmaz gönderilecek.</translation>
    </message>
    <message>
        <source>Verstuurd. We laten je weten of je een plek hebt.</source>
        <translation>Gönderildi. Yerin olup olmadığını sana bildireceğiz.</translation>
    </message>
    <message>
        <source>Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>%1 tarihinde başvuruldu. Yerin ayrıldı; bir çalışan başvurunu inceleyip sana bildirecek.</translation>
    </message>
    <message>
        <source>Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Başvuruldu. Yerin ayrıldı; bir çalışan başvurunu inceleyip sana bildirecek.</translation>
    </message>
    <message>
        <source>Je hebt een plek. Bevestigd op %1.</source>
        <translation>Bir yerin var. %1 tarihinde onaylandı.</translation>
    </message>
    <message>
        <source>Je hebt een plek.</source>
        <translation>Bir yerin var.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2).</source>
        <translation>Bekleme listesinde %1. sıradasın (%2 tarihinde güncellendi).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1.</source>
        <translation>Bekleme listesinde %1. sıradasın.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst (bijgewerkt op %1).</source>
        <translation>Bekleme listesindesin (%1 tarihinde güncellendi).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst.</source>
        <translation>Bekleme listesindesin.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding op %1 afgewezen.</source>
        <translation>Bir çalışan başvurunu %1 tarihinde reddetti.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding afgewezen.</source>
        <translation>Bir çalışan başvurunu reddetti.</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1).</source>
        <translation>Olmadı: bir yer boşalmadan etkinlik sona erdi (%1).</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam.</source>
        <translation>Olmadı: bir yer boşalmadan etkinlik sona erdi.</translation>
    </message>
    <message>
        <source>Je aanmelding is op %1 niet gelukt.</source>
        <translation>Başvurun %1 tarihinde olmadı.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt.</source>
        <translation>Başvurun olmadı.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld op %1.</source>
        <translation>%1 tarihinde kaydını sildin.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld.</source>
        <translation>Kaydını sildin.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Çalışanın mesajı: “%1”</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <source>Gegeven op %1, tekstversie %2</source>
        <translation>%1 tarihinde verildi, metin sürümü %2</translation>
    </message>
    <message>
        <source>Gegeven op %1 in het %2, tekstversie %3</source>
        <translation>%1 tarihinde %2 olarak verildi, metin sürümü %3</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan.</source>
        <translation>Olmadı: kişisel kodunuz ve doğum tarihiniz birbirine uymuyor. Kontrol edin ve tekrar kaydolun.</translation>
    </message>
    <message>
        <source>Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens.</source>
        <translation>Olmadı: burada çok sık yanlış kod veya doğum tarihi girildi. Daha sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten.</source>
        <translation>Olmadı: kişisel kodunuz kilitlendi, çünkü kodla birlikte çok sık yanlış doğum tarihi girildi. Mahalle danışmanınıza (wijkconsulent) gidin. Kodu tekrar açabilir.</translation>
    </message>
</context>
<context>
    <name>Sroi</name>
    <message>
        <source>Maanden stage</source>
        <translation>Staj ayları</translation>
    </message>
    <message>
        <source>Maanden leerwerkplek</source>
        <translation>İş başında öğrenme yeri ayları</translation>
    </message>
    <message>
        <source>Maanden re-integratieplek</source>
        <translation>İşe dönüş yeri ayları</translation>
    </message>
    <message>
        <source>Bijdrage in geld: %1</source>
        <translation>Parasal katkı: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers van de corporatie: %1</source>
        <translation>Konut kurumu çalışanlarının saatleri: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers: %1</source>
        <translation>Çalışan saatleri: %1</translation>
    </message>
    <message>
        <source>Gebruik van ruimte: %1</source>
        <translation>Mekân kullanımı: %1</translation>
    </message>
    <message>
        <source>Aangeboden plaatsen: %1</source>
        <translation>Sunulan yerler: %1</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Gönüllü çalışma saatleri</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen begonnen</source>
        <translation>Başlayan iş başında öğrenme yerleri</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen afgerond</source>
        <translation>Tamamlanan iş başında öğrenme yerleri</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Bir basamak yükselen kiracılar</translation>
    </message>
    <message>
        <source>Huurders op dezelfde trede</source>
        <translation>Aynı basamakta kalan kiracılar</translation>
    </message>
    <message>
        <source>Huurders een trede lager</source>
        <translation>Bir basamak düşen kiracılar</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Toplam girdi</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Toplam getiri</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>adet</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>aspirant</source>
        <translation>aday</translation>
    </message>
    <message>
        <source>trede 1</source>
        <translation>1. basamak</translation>
    </message>
    <message>
        <source>trede 2</source>
        <translation>2. basamak</translation>
    </message>
    <message>
        <source>trede 3</source>
        <translation>3. basamak</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>Stage, per maand</source>
        <translation>Staj, aylık</translation>
    </message>
    <message>
        <source>Leerwerkplek, per maand</source>
        <translation>İş başında öğrenme yeri, aylık</translation>
    </message>
    <message>
        <source>Re-integratieplek, per maand</source>
        <translation>İşe dönüş yeri, aylık</translation>
    </message>
    <message>
        <source>SROI-invoer</source>
        <translation>SROI verileri</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>alle wijken</source>
        <translation>tüm mahalleler</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>alle locaties</source>
        <translation>tüm konumlar</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>tüm yollar</translation>
    </message>
    <message>
        <source>Stand op</source>
        <translation>Durum tarihi</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Kalem</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Proxy (€)</source>
        <translation>Proxy (€)</translation>
    </message>
    <message>
        <source>Waarde (€)</source>
        <translation>Değer (€)</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Girdi</translation>
    </message>
    <message>
        <source>Opbrengst</source>
        <translation>Getiri</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Tedarikçi</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Sözleşme</translation>
    </message>
    <message>
        <source>PSO-niveau</source>
        <translation>PSO düzeyi</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Esas</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Contractwaarde (€)</source>
        <translation>Sözleşme bedeli (€)</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Verplicht (€)</source>
        <translation>Zorunlu (€)</translation>
    </message>
    <message>
        <source>Gerealiseerd (€)</source>
        <translation>Gerçekleşen (€)</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Karşılanan</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Yerleştirmeler</translation>
    </message>
    <message>
        <source>loonsom</source>
        <translation>ücret toplamı</translation>
    </message>
    <message>
        <source>contractwaarde</source>
        <translation>sözleşme bedeli</translation>
    </message>
    <message>
        <source>Proxies en bronnen</source>
        <translation>Proxy&apos;ler ve kaynaklar</translation>
    </message>
    <message>
        <source>Ten hoogste</source>
        <translation>En fazla</translation>
    </message>
    <message numerus="yes">
        <source>%n maanden</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligersuur</source>
        <translation>Gönüllü saati</translation>
    </message>
    <message>
        <source>Uur van een medewerker</source>
        <translation>Çalışan saati</translation>
    </message>
    <message>
        <source>Uur gebruik van ruimte</source>
        <translation>Mekân kullanımı saati</translation>
    </message>
    <message>
        <source>Een trede hoger</source>
        <translation>Bir basamak yukarı</translation>
    </message>
    <message>
        <source>Drempel social return (contractwaarde boven)</source>
        <translation>Social return eşiği (sözleşme bedeli üzeri)</translation>
    </message>
    <message>
        <source>Aandeel van de contractwaarde</source>
        <translation>Sözleşme bedelindeki pay</translation>
    </message>
    <message>
        <source>Aandeel van de loonsom</source>
        <translation>Ücret toplamındaki pay</translation>
    </message>
</context>
<context>
    <name>StaffAuditPage</name>
    <message>
        <source>Logboek</source>
        <translation>Kayıt defteri</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>deze tablet</source>
        <translation>bu tablet</translation>
    </message>
</context>
<context>
    <name>StaffCandidatesPage</name>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Buna kim uygun?</translation>
    </message>
    <message>
        <source>Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.</source>
        <translation>Yalnızca kendilerine uygun etkinlik önerilmesine izin veren kiracılar. Önce uygun olup olmadığını sorun.</translation>
    </message>
    <message>
        <source>Er is nu niemand die hierbij past en toestemming gaf.</source>
        <translation>Şu anda buna uyan ve izin veren kimse yok.</translation>
    </message>
    <message>
        <source>%1, al aangemeld. %2</source>
        <translation>%1, zaten kayıtlı. %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Al aangemeld</source>
        <translation>Zaten kayıtlı</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>StaffCatalogue</name>
    <message>
        <source>Deze activiteit bestaat niet meer.</source>
        <translation>Bu etkinlik artık yok.</translation>
    </message>
    <message numerus="yes">
        <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
        <translation>
            <numerusform>Zaten %n onaylı katılımcı var. Kapasite bundan düşük olamaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul een datum in als 2026-12-01 of 1-12-2026.</source>
        <translation>2026-12-01 veya 1-12-2026 gibi bir tarih girin.</translation>
    </message>
    <message>
        <source>Controleer dit veld.</source>
        <translation>Bu alanı kontrol edin.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>İşaretli %n alanı kontrol edin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCataloguePage</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>Yeni etkinlik</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 van %5 plaatsen bezet</source>
        <translation>%1 · %2 · %3 · %5 yerden %4 dolu</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation>%1 düzenle</translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>%1 sluiten</source>
        <translation>%1 kapat</translation>
    </message>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Buna kim uygun?</translation>
    </message>
    <message>
        <source>Wie past bij %1?</source>
        <translation>%1 için kim uygun?</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Deelnemers van %1</source>
        <translation>%1 katılımcıları</translation>
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
        <translation>onayla</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>bekleme listesi</translation>
    </message>
    <message>
        <source>afwijzen</source>
        <translation>reddet</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation>bekleme listesinde</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>teruggetrokken</source>
        <translation>geri çekildi</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>Çakışma yok.</translation>
    </message>
    <message>
        <source>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</source>
        <translation>Bu kararlar uygulanmadı: kayıt bu arada değişmişti. Önceki karar geçerli kalıyor.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</source>
        <translation>&quot;%1&quot; kararı, %2 tarafından sürüm %3 üzerinde verildi; kayıt zaten sürüm %4 idi ve şimdi %5.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>bir iş arkadaşı</translation>
    </message>
    <message>
        <source>te beoordelen</source>
        <translation>incelenecek</translation>
    </message>
</context>
<context>
    <name>StaffDashboardPage</name>
    <message>
        <source>Resultaten</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Cijfers als CSV</source>
        <translation>Rakamlar CSV olarak</translation>
    </message>
    <message>
        <source>Besluiten als CSV</source>
        <translation>Kararlar CSV olarak</translation>
    </message>
    <message>
        <source>Cijfers van de server, stand van %1.</source>
        <translation>Sunucudaki rakamlar, %1 itibarıyla.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</source>
        <translation>Sunucuya bağlantı yok: bu tabletteki verilerden hesaplandı, %1 tarihine kadar güncel.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
        <translation>Sunucuya bağlantı yok: bu tabletteki verilerden hesaplandı.</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Aktif gönüllüler</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation>Başlayan programlar</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Bıraktı</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Semt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Aylık saatler</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers per maand</source>
        <translation>Aylık aktif gönüllüler</translation>
    </message>
    <message>
        <source>Bezetting en wachtlijst per activiteit</source>
        <translation>Etkinlik başına doluluk ve bekleme listesi</translation>
    </message>
    <message>
        <source>%1: %2 van %3, wachtlijst %4</source>
        <translation>%1: %3 yerden %2, bekleme listesi %4</translation>
    </message>
    <message>
        <source>%1: %2 (onbeperkt), wachtlijst %3</source>
        <translation>%1: %2 (sınırsız), bekleme listesi %3</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>Rakamları dışa aktar</translation>
    </message>
    <message>
        <source>Besluiten exporteren</source>
        <translation>Kararları dışa aktar</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Dosya güvenli uygulamanın dışına çıkacak. PIN kodunuzla onaylayın.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Zuilen die stil zijn</source>
        <translation>Sessiz kalan kiosklar</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.</source>
        <translation>Sunucuya bağlantı olmadan bu konumdaki kioskların çalışıp çalışmadığı görülemez.</translation>
    </message>
    <message>
        <source>Deze locatie heeft geen zuilen.</source>
        <translation>Bu konumda kiosk yok.</translation>
    </message>
    <message>
        <source>Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.</source>
        <translation>Bu konumdaki tüm kiosklar son %1 saat içinde görüldü.</translation>
    </message>
    <message>
        <source>De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.</source>
        <translation>Sunucu bu kioskları %1 saatten uzun süredir görmedi. Açık olduklarını ve bağlantılarının olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Zuil %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Stil %1</source>
        <translation>Sessiz, %1</translation>
    </message>
    <message>
        <source>Nooit gezien; ingeschreven %1</source>
        <translation>Hiç görülmedi; kayıt: %1</translation>
    </message>
    <message>
        <source>Wachtrij onbekend (oudere versie van de app)</source>
        <translation>Kuyruk bilinmiyor (uygulamanın eski sürümü)</translation>
    </message>
    <message>
        <source>Niets in de wachtrij</source>
        <translation>Kuyrukta bir şey yok</translation>
    </message>
    <message>
        <source>%1 in de wachtrij, de oudste %2</source>
        <translation>Kuyrukta %1, en eskisi %2</translation>
    </message>
    <message>
        <source>Participatieladder: verder gekomen, gelijk gebleven, gedaald</source>
        <translation>Katılım merdiveni: ilerledi, aynı kaldı, geriledi</translation>
    </message>
    <message>
        <source>In deze periode is niemand twee keer gemeten.</source>
        <translation>Bu dönemde kimse iki kez ölçülmedi.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Aynı</translation>
    </message>
    <message>
        <source>Gedaald</source>
        <translation>Geriledi</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen voor deze keuze.</source>
        <translation>Bu seçim için henüz hedef yok.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>tüm yollar</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>%2 yılının %1. çeyreği</translation>
    </message>
    <message>
        <source>jaar %1</source>
        <translation>%1 yılı</translation>
    </message>
    <message>
        <source>Doel %1. Begint op %2.</source>
        <translation>Hedef %1. %2 tarihinde başlar.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald in de periode tot %3.</source>
        <translation>%3 tarihine kadarki dönemde %2 içinden %1 ulaşıldı.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.</source>
        <translation>%2 içinden %1 ulaşıldı; düz çizgiye göre %3. %4 için tahmin: %5.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Wijzigen: %1</source>
        <translation>Değiştir: %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Verwijderen: %1</source>
        <translation>Kaldır: %1</translation>
    </message>
    <message>
        <source>Dit doel verwijderen?</source>
        <translation>Bu hedef kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Ja, verwijderen</source>
        <translation>Evet, kaldır</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Treden per route</source>
        <translation>Yola göre basamaklar</translation>
    </message>
    <message>
        <source>Social return van leveranciers</source>
        <translation>Tedarikçilerin social return&apos;ü</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 van %2 gerealiseerd met %n plaatsing(en); %3 %4, %5.</source>
        <translation>
            <numerusform>Gerçekleşen: %1 / %2, %n yerleştirmeyle; %4 %3, %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDecisionDialog</name>
    <message>
        <source>Bevestigen</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Op de wachtlijst zetten</source>
        <translation>Bekleme listesine al</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Reden (intern, niet voor de huurder)</source>
        <translation>Neden (iç kullanım, kiracı için değil)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Bericht aan de huurder</source>
        <translation>Kiracıya mesaj</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</source>
        <translation>Örneğin: hoş geldiniz, salı saat 9&apos;da görüşürüz.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Besluit opslaan</source>
        <translation>Kararı kaydet</translation>
    </message>
</context>
<context>
    <name>StaffEraseDialog</name>
    <message>
        <source>Persoon wissen</source>
        <translation>Kişiyi sil</translation>
    </message>
    <message>
        <source>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Tüm kişisel bilgiler sunucuda ve tüm cihazlarda silinir. Gelecekteki yerler bekleme listesi için boşalır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>StaffEraseRequestsPage</name>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Silme talepleri</translation>
    </message>
    <message>
        <source>Geen verzoeken.</source>
        <translation>Talep yok.</translation>
    </message>
    <message>
        <source>Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).</source>
        <translation>Bu kiracılar telefonlarından verilerinin silinmesini istedi. Gereksiz gecikme olmadan (bir ay içinde) silin.</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>Gevraagd op %1</source>
        <translation>%1 tarihinde istendi</translation>
    </message>
    <message>
        <source>Gewist op %1 door %2</source>
        <translation>%1 tarihinde %2 tarafından silindi</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>bir iş arkadaşı</translation>
    </message>
    <message>
        <source>Gewist op deze tablet; wordt verzonden</source>
        <translation>Bu tablette silindi; gönderiliyor</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Verileri sil</translation>
    </message>
    <message>
        <source>Gegevens van %1 wissen</source>
        <translation>%1 kişisinin verilerini sil</translation>
    </message>
</context>
<context>
    <name>StaffExit</name>
    <message>
        <source>Alleen voor medewerkers</source>
        <translation>Sadece çalışanlar için</translation>
    </message>
    <message>
        <source>Typ de pincode om de kiosk te verlaten.</source>
        <translation>Kiosktan çıkmak için PIN kodunu yazın.</translation>
    </message>
    <message>
        <source>Er is geen pincode ingesteld op dit apparaat.</source>
        <translation>Bu cihazda PIN kodu ayarlanmamış.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <source>Die pincode klopt niet.</source>
        <translation>Bu PIN kodu doğru değil.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Kiosk verlaten</source>
        <translation>Kiosktan çık</translation>
    </message>
    <message>
        <source>Terug naar de kiosk</source>
        <translation>Kioska geri dön</translation>
    </message>
</context>
<context>
    <name>StaffGoalChart</name>
    <message>
        <source>%1: %2 van %3, verwachting %4</source>
        <translation>%1: %3 içinden %2, tahmin %4</translation>
    </message>
    <message>
        <source>Rechte lijn naar het doel</source>
        <translation>Hedefe düz çizgi</translation>
    </message>
    <message>
        <source>Verwachting</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Ulaşılan</translation>
    </message>
</context>
<context>
    <name>StaffGoalForm</name>
    <message>
        <source>Doel wijzigen</source>
        <translation>Hedefi değiştir</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Yeni hedef</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>Tüm yollar</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Een jaar</source>
        <translation>Bir yıl</translation>
    </message>
    <message>
        <source>Een kwartaal</source>
        <translation>Bir çeyrek</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Çeyrek</translation>
    </message>
    <message>
        <source>Kwartaal %1</source>
        <translation>%1. çeyrek</translation>
    </message>
    <message>
        <source>Wat telt</source>
        <translation>Ne sayılıyor</translation>
    </message>
    <message>
        <source>Doel (aantal uren aan het eind)</source>
        <translation>Hedef (sonunda saat sayısı)</translation>
    </message>
    <message>
        <source>Doel (aantal aan het eind)</source>
        <translation>Hedef (sonundaki sayı)</translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation>Hedefi kaydet</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Meedoen — medewerkers</source>
        <translation>Meedoen — çalışanlar</translation>
    </message>
</context>
<context>
    <name>StaffHoursPage</name>
    <message>
        <source>Uren</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>Alleen niet gecontroleerd</source>
        <translation>Sadece kontrol edilmemişler</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 dk</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>kontrol edildi</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>henüz kontrol edilmedi</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>düzeltme</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 kloppen</source>
        <translation>%1 kişisinin %2 tarihindeki saatleri doğru</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Düzelt</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 corrigeren</source>
        <translation>%1 kişisinin %2 tarihindeki saatlerini düzelt</translation>
    </message>
    <message>
        <source>Uren corrigeren</source>
        <translation>Saatleri düzelt</translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</source>
        <translation>Düzeltme yeni bir satır olur; orijinal satır saklanır.</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>Tarih (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation>Düzeltmeyi kaydet</translation>
    </message>
</context>
<context>
    <name>StaffIntake</name>
    <message>
        <source>Inschrijving voor Meedoen</source>
        <translation>Meedoen kaydı</translation>
    </message>
    <message>
        <source>Naam: %1</source>
        <translation>Ad: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Kişisel kodun: %1</translation>
    </message>
    <message>
        <source>Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij je wijkconsulent.</source>
        <translation>Bu fişi iyi sakla. Kişisel kodun ve doğum tarihinle bilgilerini yeniden doldurmadan kaydolursun: mahalle evindeki kioskta, uygulamada ya da mahalle danışmanında.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Kaydolunan</translation>
    </message>
    <message>
        <source>Wat gebeurt er nu?</source>
        <translation>Şimdi ne olacak?</translation>
    </message>
    <message>
        <source>Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app.</source>
        <translation>Kaydın, bu tablet bağlantı kurar kurmaz konut şirketine gider. Bir başvuruya ne olacağı yukarıda yazıyor; bir şey değişirse uygulamada görürsün.</translation>
    </message>
    <message>
        <source>Je telefoon koppelen</source>
        <translation>Telefonunu bağla</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Meedoen fişi</translation>
    </message>
    <message>
        <source>Deze tablet heeft geen printer. Schrijf de code over of stel een printer in.</source>
        <translation>Bu tabletin yazıcısı yok. Kodu elle yaz ya da bir yazıcı ayarla.</translation>
    </message>
    <message>
        <source>Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer.</source>
        <translation>Yazdırma olmadı. Yazıcının açık olup olmadığına bak ve yeniden dene.</translation>
    </message>
    <message>
        <source>De bon is naar de printer %1 gestuurd.</source>
        <translation>Fiş %1 yazıcısına gönderildi.</translation>
    </message>
    <message>
        <source>Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen ook op je telefoon.</source>
        <translation>Meedoen uygulamasını kur ve “Kayıtları bağla”yı seç. Bu fişteki kişisel kodu gir (ya da QR kodunu tara) ve doğum tarihini yaz. Böylece kayıtlarını telefonunda da görürsün.</translation>
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
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kişisel kod</translation>
    </message>
    <message>
        <source>Persoonlijke code: %1</source>
        <translation>Kişisel kod: %1</translation>
    </message>
    <message>
        <source>QR-code van de persoonlijke code</source>
        <translation>Kişisel kodun QR kodu</translation>
    </message>
    <message>
        <source>Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.</source>
        <translation>Fişi kiracıya ver. Kiracı bu kod ve doğum tarihiyle telefonundaki uygulamayı bağlar (Kayıtları bağla) ve kioskta kaydolur.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Kaydolunan</translation>
    </message>
    <message>
        <source>Nog niet aangemeld voor een activiteit.</source>
        <translation>Henüz bir etkinliğe kaydolmadı.</translation>
    </message>
    <message>
        <source>Aanmelden voor een activiteit</source>
        <translation>Bir etkinliğe kaydet</translation>
    </message>
    <message>
        <source>Bon afdrukken</source>
        <translation>Fişi yazdır</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Klaar: de gegevens van de bewoner verdwijnen van het scherm</source>
        <translation>Tamam: kiracının bilgileri ekrandan kalkar</translation>
    </message>
</context>
<context>
    <name>StaffNewVolunteersPage</name>
    <message>
        <source>Nieuwe vrijwilligers: identiteit en huurderschap controleren</source>
        <translation>Yeni gönüllüler: kimliği ve kiracılığı kontrol edin</translation>
    </message>
    <message>
        <source>Er wachten geen nieuwe vrijwilligers op controle.</source>
        <translation>Kontrol bekleyen yeni gönüllü yok.</translation>
    </message>
    <message>
        <source>Huurdernummer: %1 · Adres: %2 · Geboren: %3</source>
        <translation>Kiracı numarası: %1 · Adres: %2 · Doğum: %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Huurdernummer klopt</source>
        <translation>Kiracı numarası doğru</translation>
    </message>
    <message>
        <source>Huurdernummer van %1 klopt</source>
        <translation>%1 kişisinin kiracı numarası doğru</translation>
    </message>
    <message>
        <source>Adres klopt</source>
        <translation>Adres doğru</translation>
    </message>
    <message>
        <source>Adres van %1 klopt</source>
        <translation>%1 kişisinin adresi doğru</translation>
    </message>
</context>
<context>
    <name>StaffOpportunityEditor</name>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Etkinliği düzenle</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>Yeni etkinlik</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation>Kısa açıklama</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Soort leerplaats</source>
        <translation>Öğrenme yeri türü</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Staj</translation>
    </message>
    <message>
        <source>Leerwerkplek</source>
        <translation>İş başında öğrenme yeri</translation>
    </message>
    <message>
        <source>Re-integratieplek</source>
        <translation>İşe dönüş yeri</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>Ortak kuruluş</translation>
    </message>
    <message>
        <source>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</source>
        <translation>Ne zaman (örneğin: her salı 9:00–12:00)</translation>
    </message>
    <message>
        <source>Startdatum (leeg = doorlopend)</source>
        <translation>Başlangıç tarihi (boş = sürekli)</translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>Einddatum (leeg = geen einde)</source>
        <translation>Bitiş tarihi (boş = bitiş yok)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</source>
        <translation>Yer sayısı (0 = sınırsız; şu an %1 onaylı)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt)</source>
        <translation>Yer sayısı (0 = sınırsız)</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>En düşük yaş</translation>
    </message>
    <message>
        <source>Taalniveau (A1 … C2)</source>
        <translation>Dil seviyesi (A1 … C2)</translation>
    </message>
    <message>
        <source>Wat de huurder krijgt (vergoeding, certificaat …)</source>
        <translation>Kiracının alacakları (ödeme, sertifika …)</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>İletişim kişisi</translation>
    </message>
    <message>
        <source>Telefoon contactpersoon</source>
        <translation>İletişim kişisinin telefonu</translation>
    </message>
    <message>
        <source>E-mail contactpersoon</source>
        <translation>İletişim kişisinin e-postası</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Başvurular</translation>
    </message>
    <message>
        <source>Een medewerker beoordeelt elke aanmelding</source>
        <translation>Her başvuruyu bir çalışan inceler</translation>
    </message>
    <message>
        <source>Direct bevestigd zolang er plek is</source>
        <translation>Yer olduğu sürece hemen onaylanır</translation>
    </message>
    <message>
        <source>Partnerorganisatie: %1</source>
        <translation>Ortak kuruluş: %1</translation>
    </message>
</context>
<context>
    <name>StaffParticipantsPage</name>
    <message>
        <source>Deelnemers voor de organisator</source>
        <translation>Düzenleyici için katılımcılar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.</source>
        <translation>Ad ve iletişim bilgileri yalnızca bunların ortak kuruluşla paylaşılmasına izin veren kiracılar için gösterilir.</translation>
    </message>
    <message>
        <source>Nog geen bevestigde deelnemers.</source>
        <translation>Henüz onaylanmış katılımcı yok.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, geen toestemming om te delen</source>
        <translation>%1, paylaşma izni yok</translation>
    </message>
    <message>
        <source>geen toestemming om te delen</source>
        <translation>paylaşma izni yok</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Exporteren (CSV)</source>
        <translation>Dışa aktar (CSV)</translation>
    </message>
    <message>
        <source>Deelnemerslijst exporteren</source>
        <translation>Katılımcı listesini dışa aktar</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Dosya güvenli uygulamanın dışına çıkacak. PIN kodunuzla onaylayın.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Dışa aktar</translation>
    </message>
</context>
<context>
    <name>StaffPartnerModel</name>
    <message>
        <source>Woningcorporatie</source>
        <translation>Konut kooperatifi</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Belediye</translation>
    </message>
    <message>
        <source>Welzijn en begeleiding</source>
        <translation>Refah ve destek</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>İşveren</translation>
    </message>
    <message>
        <source>Bewonersgroep</source>
        <translation>Sakinler grubu</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>StaffPartners</name>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>İşaretli %n alanı kontrol edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een activiteit.</source>
        <translation>Bir etkinlik seçin.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro&apos;s in, zoals 1250 of 1250,50.</source>
        <translation>Euro olarak bir tutar girin, örneğin 1250 veya 1250,50.</translation>
    </message>
    <message>
        <source>Vul een aantal uren in, zoals 4 of 2,5.</source>
        <translation>Saat sayısını girin, örneğin 4 veya 2,5.</translation>
    </message>
    <message>
        <source>Vul een aantal plaatsen in.</source>
        <translation>Yer sayısını girin.</translation>
    </message>
    <message>
        <source>Geen partner</source>
        <translation>Ortak yok</translation>
    </message>
</context>
<context>
    <name>StaffPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>Yeni ortak</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Partner %1, %2</source>
        <translation>Ortak %1, %2</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Kuruluşun adı</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kuruluş türü</translation>
    </message>
    <message>
        <source>Contactpersoon (niet verplicht)</source>
        <translation>İrtibat kişisi (zorunlu değil)</translation>
    </message>
    <message>
        <source>Telefoon van de contactpersoon</source>
        <translation>İrtibat kişisinin telefonu</translation>
    </message>
    <message>
        <source>E-mail van de contactpersoon</source>
        <translation>İrtibat kişisinin e-postası</translation>
    </message>
    <message>
        <source>Partner opslaan</source>
        <translation>Ortağı kaydet</translation>
    </message>
    <message>
        <source>Wat de partner inbracht en wat het opleverde</source>
        <translation>Ortağın kattığı ve ortaya çıkan</translation>
    </message>
    <message>
        <source>Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.</source>
        <translation>Katkı: %1, %2 saat emek, %3 yer, %4 saat mekân.</translation>
    </message>
    <message>
        <source>Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.</source>
        <translation>Sonuç: %2 etkinlikte %1 yer dolu, %3 gönüllü, %4 saat gönüllü çalışma, %5 yerleştirme başladı ve %6 tamamlandı.</translation>
    </message>
    <message>
        <source>Rollen: %1</source>
        <translation>Roller: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond</source>
        <translation>%1: %2, %3 saat emek · %4 saat gönüllü çalışma, %5 başladı, %6 tamamlandı</translation>
    </message>
    <message>
        <source>Rollen en bijdragen per activiteit</source>
        <translation>Etkinlik başına roller ve katkılar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte</source>
        <translation>%1 · %2 · %3: %4, %5 saat, %6 yer, %7 saat mekân</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Bijdrage van %1 voor %2 verwijderen</source>
        <translation>%2 için %1 katkısını kaldır</translation>
    </message>
    <message>
        <source>Nog geen bijdragen op deze locatie.</source>
        <translation>Bu konumda henüz katkı yok.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Activiteit: %1</source>
        <translation>Etkinlik: %1</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>JJJJ-MM</source>
        <translation>YYYY-AA</translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation>Para (euro)</translation>
    </message>
    <message>
        <source>Uren inzet van eigen mensen</source>
        <translation>Kendi çalışanlarının emek saatleri</translation>
    </message>
    <message>
        <source>Plaatsen (stage, werk)</source>
        <translation>Yerler (staj, iş)</translation>
    </message>
    <message>
        <source>Uren gebruik van een ruimte</source>
        <translation>Mekân kullanım saatleri</translation>
    </message>
    <message>
        <source>Bijdrage opslaan</source>
        <translation>Katkıyı kaydet</translation>
    </message>
    <message>
        <source>Geld per maand (euro)</source>
        <translation>Aylık para (euro)</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Aylık saat</translation>
    </message>
    <message>
        <source>Inzet van de partner</source>
        <translation>Ortağın katkısı</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Gönüllü çalışma</translation>
    </message>
</context>
<context>
    <name>StaffPersons</name>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Kaydetme olmadı.</translation>
    </message>
    <message>
        <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>Açıklama en fazla 200 karakterlik tek bir satır olabilir.</translation>
    </message>
    <message>
        <source>Vul 0 tot 744 uur per maand in.</source>
        <translation>Ayda 0 ile 744 saat arasında bir değer girin.</translation>
    </message>
    <message>
        <source>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</source>
        <translation>Bir tarih (YYYY-AA-GG) ve 0 ile %1 arasında dakika girin.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw.</source>
        <translation>Sunucuyla bağlantı olmadan kod açılamaz. Lütfen birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer opzoeken en een telefoon koppelen.</source>
        <translation>Kişisel kod yeniden açıldı. Kiracı kayıtlarına yeniden bakabilir ve bir telefon bağlayabilir.</translation>
    </message>
    <message>
        <source>De persoonlijke code stond niet op slot.</source>
        <translation>Kişisel kod kilitli değildi.</translation>
    </message>
    <message>
        <source>De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo opnieuw.</source>
        <translation>Kod açılamadı: sunucu yanıt vermedi. Lütfen birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>De huurder heeft een leerplek afgerond.</source>
        <translation>Kiracı bir eğitim yerini tamamladı.</translation>
    </message>
    <message>
        <source>De huurder is met een leerplek begonnen.</source>
        <translation>Kiracı bir eğitim yerine başladı.</translation>
    </message>
    <message>
        <source>De huurder doet vrijwilligerswerk.</source>
        <translation>Kiracı gönüllü çalışıyor.</translation>
    </message>
    <message>
        <source>Je rol mag geen trajecten bijhouden.</source>
        <translation>Rolün yolları takip edemez.</translation>
    </message>
    <message>
        <source>Deze huurder heeft geen toestemming gegeven om de weg bij te houden.</source>
        <translation>Bu kiracı yolunun takip edilmesine izin vermedi.</translation>
    </message>
    <message>
        <source>Kies een route.</source>
        <translation>Bir yol seç.</translation>
    </message>
    <message>
        <source>Kies een trede van de ladder.</source>
        <translation>Merdivenden bir basamak seç.</translation>
    </message>
    <message>
        <source>Vul een datum in, zoals 2026-12-07.</source>
        <translation>2026-12-07 gibi bir tarih gir.</translation>
    </message>
    <message>
        <source>De datum mag niet later zijn dan vandaag.</source>
        <translation>Tarih bugünden sonra olamaz.</translation>
    </message>
    <message>
        <source>De notitie is te lang: hoogstens %1 tekens.</source>
        <translation>Not çok uzun: en fazla %1 karakter.</translation>
    </message>
    <message>
        <source>Het doel is te lang: hoogstens %1 tekens.</source>
        <translation>Hedef çok uzun: en fazla %1 karakter.</translation>
    </message>
    <message>
        <source>Vul een datum na de meting in waarop jullie het doel weer bespreken.</source>
        <translation>Ölçümden sonra hedefi yeniden konuşacağınız bir tarih gir.</translation>
    </message>
    <message>
        <source>De stap kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>Adım kaydedilemedi. Yeniden dene.</translation>
    </message>
</context>
<context>
    <name>StaffPersonsPage</name>
    <message>
        <source>Contact opnemen</source>
        <translation>İletişime geçme</translation>
    </message>
    <message>
        <source>Passende activiteiten voorstellen</source>
        <translation>Uygun etkinlikler önerme</translation>
    </message>
    <message>
        <source>Gegevens delen met de partnerorganisatie</source>
        <translation>Bilgileri ortak kuruluşla paylaşma</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Zoek op naam, huurdernummer of persoonlijke code</source>
        <translation>Ad, kiracı numarası veya kişisel kodla arayın</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kies een persoon.</source>
        <translation>Bir kişi seçin.</translation>
    </message>
    <message>
        <source>Gewiste persoon</source>
        <translation>Silinmiş kişi</translation>
    </message>
    <message>
        <source>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</source>
        <translation>Kişisel kod %1 · kiracı numarası %2 · %3 %4 · doğum %5
%6 %7</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>İzinler</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Toestemming %1 intrekken</source>
        <translation>%1 iznini geri al</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tegenprestatie: afgesproken uren per maand</source>
        <translation>Karşılık hizmet: ayda kararlaştırılan saat</translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation>Anlaşmayı kaydet</translation>
    </message>
    <message>
        <source>Tegenprestatie: %1 per maand afgesproken</source>
        <translation>Karşılık hizmet: ayda %1 kararlaştırıldı</translation>
    </message>
    <message>
        <source>%1: %2 gelogd, %3 gecontroleerd, saldo %4</source>
        <translation>%1: %2 girildi, %3 kontrol edildi, bakiye %4</translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation>Kişiyi sil</translation>
    </message>
    <message>
        <source>Spreekt: %1</source>
        <translation>Konuştuğu diller: %1</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <source>%1 — %2; ingetrokken %3</source>
        <translation>%1 — %2; geri çekildi %3</translation>
    </message>
    <message>
        <source>De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.</source>
        <translation>Kişisel kod %1 tarihinden beri kilitli: bu kodla beş kez yanlış doğum tarihi girildi. Kiracının söylediği kişi olduğunu kontrol edin, sonra kodu yeniden açın.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.</source>
        <translation>Sunucuyla bağlantı olmadan kişisel kodun kilitli olup olmadığı görülemez.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat open.</source>
        <translation>Kişisel kod açık.</translation>
    </message>
    <message>
        <source>Bezig met openzetten…</source>
        <translation>Açılıyor…</translation>
    </message>
    <message>
        <source>Code weer openzetten</source>
        <translation>Kodu yeniden aç</translation>
    </message>
    <message>
        <source>Traject bijhouden (participatieladder)</source>
        <translation>Yolu takip etmek (katılım merdiveni)</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation>PIN kodunuz</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Eğitim yerleri</translation>
    </message>
    <message>
        <source>Aanmeldingen per activiteit</source>
        <translation>Etkinlik başına kayıtlar</translation>
    </message>
    <message>
        <source>Nog geen aanmeldingen.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message>
        <source>%1
%2 van %3 bevestigd · wachtlijst %4</source>
        <translation>%1
%3 yerden %2 onaylı · bekleme listesi %4</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source>Kies een activiteit om de aanmeldingen te zien.</source>
        <translation>Kayıtları görmek için bir etkinlik seçin.</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Wachtlijst #%1</source>
        <translation>Bekleme listesi #%1</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Teruggetrokken</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>traject gestart</source>
        <translation>program başladı</translation>
    </message>
    <message>
        <source>traject afgerond</source>
        <translation>program tamamlandı</translation>
    </message>
    <message>
        <source>uitgevallen</source>
        <translation>bıraktı</translation>
    </message>
    <message>
        <source>besluit wacht op verzending</source>
        <translation>karar gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Başladı</translation>
    </message>
    <message>
        <source>Traject van %1 gestart</source>
        <translation>%1 kişisinin programı başladı</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Traject van %1 afgerond</source>
        <translation>%1 kişisinin programı tamamlandı</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Bıraktı</translation>
    </message>
    <message>
        <source>%1 is uitgevallen</source>
        <translation>%1 programı bıraktı</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>%1 bevestigen</source>
        <translation>%1 onayla</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Bekleme listesi</translation>
    </message>
    <message>
        <source>%1 op de wachtlijst</source>
        <translation>%1 bekleme listesine</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>%1 afwijzen</source>
        <translation>%1 reddet</translation>
    </message>
    <message>
        <source>Te beoordelen (plek vastgehouden)</source>
        <translation>İncelenecek (yer ayrıldı)</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>Wonen</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Öğrenme</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Çalışma</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Boş zaman</translation>
    </message>
    <message>
        <source>Periodeverslag Meedoen</source>
        <translation>Meedoen dönem raporu</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Tüm mahalleler</translation>
    </message>
    <message>
        <source>Buurt: %1</source>
        <translation>Mahalle: %1</translation>
    </message>
    <message>
        <source>Periode: %1 tot en met %2</source>
        <translation>Dönem: %1 - %2</translation>
    </message>
    <message>
        <source>Cijfers van %1</source>
        <translation>%1 itibarıyla rakamlar</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Aktif gönüllüler</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Plekken gestart</source>
        <translation>Başlayan yerler</translation>
    </message>
    <message>
        <source>Plekken afgerond</source>
        <translation>Tamamlanan yerler</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Bırakan</translation>
    </message>
    <message>
        <source>Meedoen per route</source>
        <translation>Yola göre katılım</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij &apos;Samen&apos; één keer.</source>
        <translation>Birden fazla yolda katılan bir gönüllü her yolda bir kez ve &apos;Toplam&apos;da bir kez sayılır.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Aylara göre</translation>
    </message>
    <message>
        <source>In deze periode is nog niets geteld.</source>
        <translation>Bu dönemde henüz bir şey sayılmadı.</translation>
    </message>
    <message>
        <source>Plekken</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>Dolu</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Bekleme listesi</translation>
    </message>
    <message>
        <source>Er zijn geen activiteiten in deze buurt.</source>
        <translation>Bu mahallede etkinlik yok.</translation>
    </message>
    <message>
        <source>Plekken 0 betekent: geen grens.</source>
        <translation>Yer 0: sınır yok demektir.</translation>
    </message>
    <message>
        <source>Treden op de ladder</source>
        <translation>Merdivendeki basamaklar</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Aynı</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>In deze periode is geen trede gemeten.</source>
        <translation>Bu dönemde hiç basamak ölçülmedi.</translation>
    </message>
    <message>
        <source>Huurders die toestemming gaven voor hun route: verder gekomen, gestabiliseerd, of gedaald.</source>
        <translation>Yolları için izin veren kiracılar: ilerledi, sabit kaldı ya da geriledi.</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Leverancier en opdracht</source>
        <translation>Tedarikçi ve sözleşme</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Karşılanan</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Yerleştirmeler</translation>
    </message>
    <message>
        <source>Er zijn geen leveranciers met een social-returnverplichting.</source>
        <translation>Social return yükümlülüğü olan tedarikçi yok.</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en duur met de tabel van de corporatie.</source>
        <translation>Tedarikçideki iş başında öğrenme yerleri, konut kurumunun tablosuyla türe ve süreye göre değerlendirilir.</translation>
    </message>
    <message>
        <source>SROI: inzet en opbrengst</source>
        <translation>SROI: girdi ve getiri</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Kalem</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <source>Per eenheid</source>
        <translation>Birim başına</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Waarden met de proxies van de corporatie; de bronnen staan in het Excel-bestand.</source>
        <translation>Değerler konut kurumunun proxy&apos;leriyle hesaplandı; kaynaklar Excel dosyasında.</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Toplam girdi</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Toplam getiri</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Gönüllü çalışma saatleri</translation>
    </message>
    <message>
        <source>Zelfbeheer-initiatieven die lopen</source>
        <translation>Devam eden öz yönetim girişimleri</translation>
    </message>
    <message>
        <source>Leerplekken gestart</source>
        <translation>Başlayan eğitim yerleri</translation>
    </message>
    <message>
        <source>Leerplekken afgerond</source>
        <translation>Tamamlanan eğitim yerleri</translation>
    </message>
    <message>
        <source>Afspraken tegenprestatie nagekomen (maanden)</source>
        <translation>Karşılık hizmet anlaşmasına uyuldu (ay)</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Bir basamak yükselen kiracılar</translation>
    </message>
    <message>
        <source>Nog niet begonnen</source>
        <translation>Henüz başlamadı</translation>
    </message>
    <message>
        <source>Loopt achter</source>
        <translation>Geride</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>Yolunda</translation>
    </message>
    <message>
        <source>Loopt voor</source>
        <translation>Önde</translation>
    </message>
    <message>
        <source>Doel gehaald</source>
        <translation>Hedefe ulaşıldı</translation>
    </message>
    <message>
        <source>Doel niet gehaald</source>
        <translation>Hedefe ulaşılamadı</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>İşveren</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Finansör</translation>
    </message>
    <message>
        <source>Opdrachtgever</source>
        <translation>İşi veren</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>Huisvester</source>
        <translation>Mekânı sağlayan</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Hedef değer</translation>
    </message>
    <message>
        <source>Tot nu</source>
        <translation>Şimdiye kadar</translation>
    </message>
    <message>
        <source>Verwacht aan het eind</source>
        <translation>Dönem sonunda beklenen</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Voor deze periode zijn geen doelen gesteld.</source>
        <translation>Bu dönem için hedef belirlenmedi.</translation>
    </message>
    <message>
        <source>Verwacht: wat er aan het eind van de periode staat als het zo doorgaat als tot nu.</source>
        <translation>Beklenen: her şey şimdiye kadar olduğu gibi devam ederse dönem sonunda ulaşılacak değer.</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>Tüm yollar</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>%2 yılının %1. çeyreği</translation>
    </message>
    <message>
        <source>Partners: inzet en resultaat</source>
        <translation>Ortaklar: katkı ve sonuç</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Uren personeel</source>
        <translation>Personel saatleri</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <source>Uren vrijwilligers</source>
        <translation>Gönüllü saatleri</translation>
    </message>
    <message>
        <source>In deze periode hebben geen partners iets ingebracht.</source>
        <translation>Bu dönemde hiçbir ortak katkıda bulunmadı.</translation>
    </message>
    <message>
        <source>Inzet in de periode; resultaat op de activiteiten waar de partner aan meedoet.</source>
        <translation>Dönemdeki katkılar; ortağın yer aldığı etkinliklerdeki sonuçlar.</translation>
    </message>
</context>
<context>
    <name>StaffReportPage</name>
    <message>
        <source>Verslag per buurt</source>
        <translation>Mahalleye göre rapor</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Dosya korumalı uygulamadan çıkar. PIN kodunuzla onaylayın.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>SROI-invoer voor de accountant</source>
        <translation>Mali müşavir için SROI verileri</translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation>Excel olarak kaydet</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>CSV olarak kaydet</translation>
    </message>
    <message>
        <source>SROI-invoer opslaan</source>
        <translation>SROI verilerini kaydet</translation>
    </message>
</context>
<context>
    <name>StaffResults</name>
    <message>
        <source>De map voor exports is niet beschikbaar.</source>
        <translation>Dışa aktarma klasörü kullanılamıyor.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven.</source>
        <translation>Dosya yazılamadı.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>%1 olarak kaydedildi</translation>
    </message>
    <message>
        <source>Dit doel bestaat niet meer.</source>
        <translation>Bu hedef artık yok.</translation>
    </message>
    <message>
        <source>Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd.</source>
        <translation>Bu tablet konumu henüz bilmiyor. Sunucuyla eşitlenmesini bekleyin.</translation>
    </message>
    <message>
        <source>Kies een jaar of een kwartaal.</source>
        <translation>Bir yıl veya bir çeyrek seçin.</translation>
    </message>
    <message>
        <source>Kies wat u wilt tellen.</source>
        <translation>Neyi saymak istediğinizi seçin.</translation>
    </message>
    <message>
        <source>Vul een jaar in, bijvoorbeeld 2027.</source>
        <translation>Bir yıl girin, örneğin 2027.</translation>
    </message>
    <message>
        <source>Kies een kwartaal.</source>
        <translation>Bir çeyrek seçin.</translation>
    </message>
    <message>
        <source>Vul een heel getal in van 0 tot %1.</source>
        <translation>0 ile %1 arasında tam sayı girin.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>İşaretli %n alanı kontrol edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>Bu çeyrek</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Geçen çeyrek</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>Bu yıl</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Geçen yıl</translation>
    </message>
    <message>
        <source>geen PSO</source>
        <translation>PSO yok</translation>
    </message>
    <message>
        <source>PSO aspirant</source>
        <translation>PSO adayı</translation>
    </message>
    <message>
        <source>PSO trede 1</source>
        <translation>PSO 1. basamak</translation>
    </message>
    <message>
        <source>PSO trede 2</source>
        <translation>PSO 2. basamak</translation>
    </message>
    <message>
        <source>PSO trede 3</source>
        <translation>PSO 3. basamak</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>van de loonsom</source>
        <translation>ücret toplamının</translation>
    </message>
    <message>
        <source>van de contractwaarde</source>
        <translation>sözleşme bedelinin</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>StaffReview</name>
    <message>
        <source>Geen plaats meer</source>
        <translation>Yer kalmadı</translation>
    </message>
    <message>
        <source>Past niet bij de eisen</source>
        <translation>Koşullara uymuyor</translation>
    </message>
    <message>
        <source>Niet bereikbaar</source>
        <translation>Ulaşılamıyor</translation>
    </message>
    <message>
        <source>Geen huurder in dit gebied</source>
        <translation>Bu bölgede kiracı değil</translation>
    </message>
    <message>
        <source>Op verzoek van de huurder</source>
        <translation>Kiracının isteği üzerine</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Deze aanmelding is niet (meer) bekend op deze tablet.</source>
        <translation>Bu kayıt bu tablette (artık) bilinmiyor.</translation>
    </message>
    <message>
        <source>Dit besluit past niet bij de huidige stand van de aanmelding.</source>
        <translation>Bu karar kaydın şu anki durumuna uymuyor.</translation>
    </message>
    <message>
        <source>Kies of schrijf een reden voor de afwijzing.</source>
        <translation>Ret için bir neden seçin veya yazın.</translation>
    </message>
    <message>
        <source>De reden mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>Neden en fazla 200 karakterlik tek bir satır olabilir.</translation>
    </message>
    <message>
        <source>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</source>
        <translation>Kiracıya mesaj en fazla 2000 karakter olabilir.</translation>
    </message>
    <message>
        <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
        <translation>Kiracıyı neyle kontrol ettiğinizi seçin: kiracı numarası veya adres.</translation>
    </message>
    <message>
        <source>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</source>
        <translation>Sadece onaylanmış bir öğrenme yeri başlayabilir, tamamlanabilir veya bırakılabilir.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <source>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</source>
        <translation>Bu tablet henüz sunucuya bağlı değil. Yöneticiden bir bağlantı kodu isteyin.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Kullanıcı adınızı ve şifrenizi girin.</translation>
    </message>
    <message>
        <source>De aanmelding kon niet worden opgeslagen.</source>
        <translation>Giriş kaydedilemedi.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</source>
        <translation>Sunucuya bağlantı yok. Şifreyle giriş sadece internet varken yapılabilir.</translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>Kullanıcı adı veya şifre doğru değil.</translation>
    </message>
    <message>
        <source>U werkt niet op de locatie van deze tablet.</source>
        <translation>Bu tabletin bulunduğu yerde çalışmıyorsunuz.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</source>
        <translation>Çok kez yanlış şifre girildi. Yöneticinin hesabınızı açması gerekiyor.</translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>Çok fazla deneme. %n saniye sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>De server gaf een fout (%1). Probeer het later opnieuw.</source>
        <translation>Sunucu bir hata verdi (%1). Daha sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>İki PIN kodu aynı değil.</translation>
    </message>
    <message>
        <source>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</source>
        <translation>5 ile 12 arası rakam seçin; hepsi aynı olmasın ve 12345 gibi bir sıra olmasın.</translation>
    </message>
    <message>
        <source>De pincode kon niet worden opgeslagen.</source>
        <translation>PIN kodu kaydedilemedi.</translation>
    </message>
    <message numerus="yes">
        <source>Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>PIN kodu doğru değil. %n saniye sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pincode klopt niet.</source>
        <translation>PIN kodu doğru değil.</translation>
    </message>
    <message>
        <source>Meld u eerst online aan met uw wachtwoord.</source>
        <translation>Önce internet üzerinden şifrenizle giriş yapın.</translation>
    </message>
    <message>
        <source>Ontgrendel de tablet eerst met uw pincode.</source>
        <translation>Önce tabletin kilidini PIN kodunuzla açın.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Kaydetme olmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut/minuten kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</source>
        <translation>
            <numerusform>Çok fazla yanlış şifre. Hesabınız kilitlendi; %n dakika sonra tekrar deneyebilirsiniz. Yönetici kilidi daha önce açabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De server is even druk met aanmelden. Probeer het over %n seconde(n) opnieuw; uw gebruikersnaam blijft staan.</source>
        <translation>
            <numerusform>Sunucu şu anda girişlerle meşgul. %n saniye sonra tekrar deneyin; kullanıcı adınız yerinde kalır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n minuut/minuten opnieuw.</source>
        <translation>
            <numerusform>Çok fazla deneme. %n dakika sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Aanmelden kan weer als de app is bijgewerkt.</source>
        <translation>Uygulamayı güncelleyin. Bu sürüm artık sunucuyla çalışmıyor. Uygulama güncellenince yeniden giriş yapabilirsiniz.</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol op deze locatie.</source>
        <translation>Bu konumdaki rolünüz buna izin vermiyor.</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <source>Kies uw pincode</source>
        <translation>PIN kodunuzu seçin</translation>
    </message>
    <message>
        <source>Ontgrendel met uw pincode</source>
        <translation>PIN kodunuzla kilidi açın</translation>
    </message>
    <message>
        <source>Aanmelden als medewerker</source>
        <translation>Çalışan olarak giriş yap</translation>
    </message>
    <message>
        <source>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</source>
        <translation>Bu PIN koduyla bu tablette internet olmadan da çalışmaya devam edersiniz. 5 ile 12 arası rakam seçin.</translation>
    </message>
    <message>
        <source>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</source>
        <translation>Adınızı seçin. İki dakika dokunulmazsa tablet kilitlenir.</translation>
    </message>
    <message>
        <source>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</source>
        <translation>Bir kez, internetle: yöneticiden aldığınız kullanıcı adı ve şifre.</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Bekleyin…</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>Yeni PIN kodu</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>PIN kodunu tekrar girin</translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation>PIN kodunu kaydet</translation>
    </message>
    <message>
        <source>Medewerker %1</source>
        <translation>Çalışan %1</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Andere medewerker aanmelden</source>
        <translation>Başka çalışan girişi</translation>
    </message>
    <message>
        <source>Terug naar ontgrendelen</source>
        <translation>Kilit açmaya geri dön</translation>
    </message>
    <message>
        <source>Deze tablet is nog niet ingesteld</source>
        <translation>Bu tablet henüz kurulmadı</translation>
    </message>
</context>
<context>
    <name>StaffTour</name>
    <message>
        <source>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</source>
        <translation>Maalesef yer kalmadı. Yeni etkinliklerden sizi haberdar edeceğiz.</translation>
    </message>
</context>
<context>
    <name>StaffTrajectorySection</name>
    <message>
        <source>Stap vastgelegd; wordt verstuurd.</source>
        <translation>Adım kaydedildi; gönderilecek.</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.</source>
        <translation>Bu kiracının yolunu takip etme izni yok. Hiçbir şey saklanmıyor.</translation>
    </message>
    <message>
        <source>%1: trede %2 van %3, %4 (gemeten %5)</source>
        <translation>%1: %3 basamaktan %2., %4 (ölçüm %5)</translation>
    </message>
    <message>
        <source>meet opnieuw: langer dan zes maanden geleden</source>
        <translation>yeniden ölç: altı aydan uzun zaman önce</translation>
    </message>
    <message>
        <source>Doel: %1 (bespreken op %2)</source>
        <translation>Hedef: %1 (%2 tarihinde konuşulacak)</translation>
    </message>
    <message>
        <source>Voorstel: %1 naar trede %2 (%3). %4</source>
        <translation>Öneri: %1, %2. basamağa (%3). %4</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Kullan</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>Basamak</translation>
    </message>
    <message>
        <source>Datum van de meting (jjjj-mm-dd)</source>
        <translation>Ölçüm tarihi (yyyy-aa-gg)</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>Kısa not</translation>
    </message>
    <message>
        <source>Persoonlijk doel (mag leeg)</source>
        <translation>Kişisel hedef (boş bırakılabilir)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: over 6 maanden een stageplek</source>
        <translation>Örneğin: 6 ay içinde bir staj yeri</translation>
    </message>
    <message>
        <source>Doel bespreken op (jjjj-mm-dd)</source>
        <translation>Hedefi konuşma tarihi (yyyy-aa-gg)</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Adımı kaydet</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Nieuwe vrijwilligers</source>
        <translation>Yeni gönüllüler</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Eğitim yerleri</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Kayıt defteri</translation>
    </message>
    <message>
        <source>Meedoen — %1</source>
        <translation>Meedoen — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wacht(en) op verzending</source>
        <translation>
            <numerusform>%n değişiklik gönderilmeyi bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verzonden</source>
        <translation>Hepsi gönderildi</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nieuwe bewoner inschrijven</source>
        <translation>Yeni kiracı kaydet</translation>
    </message>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Silme talepleri</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.</source>
        <translation>Uygulamayı güncelleyin. Değişiklikler, uygulama güncellenene kadar bu tablette kalır.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Rapor</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data folder %1 cannot be created or opened.</source>
        <translation>%1 veri klasörü oluşturulamıyor veya açılamıyor.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read.</source>
        <translation>%1 kataloğu okunamıyor.</translation>
    </message>
    <message>
        <source>The catalogue %1 is not valid at %2: %3</source>
        <translation>%1 kataloğu %2 konumunda geçerli değil: %3</translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation>Katalog kaydedilemedi.</translation>
    </message>
    <message>
        <source>It could not be moved aside in %1.</source>
        <translation>%1 içinde bir kenara taşınamadı.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Volgende</source>
        <translation>İleri</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Deze code werkt niet (meer). Vraag een nieuwe code aan.</source>
        <translation>Bu kod (artık) çalışmıyor. Yeni bir kod iste.</translation>
    </message>
    <message>
        <source>De server is niet bereikbaar. Probeer het later opnieuw.</source>
        <translation>Sunucuya ulaşılamıyor. Daha sonra tekrar dene.</translation>
    </message>
    <message>
        <source>Het apparaat kon de koppeling niet opslaan.</source>
        <translation>Cihaz bağlantıyı kaydedemedi.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server.</source>
        <translation>Uygulamayı güncelleyin. Bu sürüm artık sunucuyla çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n aanmelding(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n kayıt gönderilmeyi bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er is nu geen verbinding; we sturen ze zodra het weer kan.</source>
        <translation>Şu an bağlantı yok; bağlantı gelir gelmez göndereceğiz.</translation>
    </message>
    <message>
        <source>Alles is verstuurd. Laatst bijgewerkt om %1.</source>
        <translation>Hepsi gönderildi. Son güncelleme: %1.</translation>
    </message>
    <message>
        <source>Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.</source>
        <translation>Bu cihaz şu anda hiçbir şey gönderemiyor. Burada doldurulanlar saklanıyor. Lütfen bir görevliye söyleyin.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.</source>
        <translation>Uygulamayı güncelleyin. Bu sürüm artık sunucuyla çalışmıyor. Burada doldurulanlar saklanıyor.</translation>
    </message>
</context>
<context>
    <name>TenancyVerdictNote</name>
    <message>
        <source>Huurdernummer klopt met het adres</source>
        <translation>Kiracı numarası adresle eşleşiyor</translation>
    </message>
    <message>
        <source>Huurdernummer hoort bij een ander adres</source>
        <translation>Kiracı numarası başka bir adrese ait</translation>
    </message>
    <message>
        <source>Huurdernummer onbekend in de huuradministratie</source>
        <translation>Kiracı numarası kira kayıtlarında bilinmiyor</translation>
    </message>
    <message>
        <source>Geen huurdernummer opgegeven</source>
        <translation>Kiracı numarası verilmedi</translation>
    </message>
    <message>
        <source>Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.</source>
        <translation>Kendiniz kontrol edin. Yine de doğruysa, nasıl kontrol ettiğinizi kaydedin.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Over deze leerplek</source>
        <translation>Bu öğrenme yeri hakkında</translation>
    </message>
    <message>
        <source>Waarom wil je dit doen?</source>
        <translation>Bunu neden yapmak istiyorsun?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</source>
        <translation>Kendi sözlerinle yaz. Birkaç cümle yeterli.</translation>
    </message>
    <message>
        <source>Wanneer wil je beginnen?</source>
        <translation>Ne zaman başlamak istiyorsun?</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vul je postcode in zoals 1234 AB.</source>
        <translation>Posta kodunu 1234 AB gibi yaz.</translation>
    </message>
    <message>
        <source>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</source>
        <translation>Bu posta kodu yok. Doğru yazıp yazmadığına bak.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in.</source>
        <translation>Ev numaranı yaz.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in met cijfers, zoals 12 of 12a.</source>
        <translation>Ev numaranı rakamla yaz, örneğin 12 veya 12a.</translation>
    </message>
    <message>
        <source>Een huisnummer ligt tussen %1 en %2.</source>
        <translation>Ev numarası %1 ile %2 arasında olur.</translation>
    </message>
    <message>
        <source>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</source>
        <translation>Eki sadece bir yere yaz: ya ev numarasına ya da ek kutusuna.</translation>
    </message>
    <message>
        <source>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</source>
        <translation>Ek, harf ve rakamlardan oluşur, örneğin A veya 2.</translation>
    </message>
    <message>
        <source>Een toevoeging heeft hoogstens %1 tekens.</source>
        <translation>Ek en fazla %1 karakter olabilir.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in.</source>
        <translation>Telefon numaranı yaz.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</source>
        <translation>Telefon numaranı 06 12345678 veya +32 470 123456 gibi yaz. Sadece rakam, boşluk ve tire kullan.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</source>
        <translation>Bu telefon numarasında çok fazla veya çok az rakam var. Hollanda numarası 10 rakamdır, örneğin 06 12345678.</translation>
    </message>
    <message>
        <source>Vul je e-mailadres in.</source>
        <translation>E-posta adresini yaz.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</source>
        <translation>Bu e-posta adresi doğru değil. isim@ornek.nl gibi yaz.</translation>
    </message>
    <message>
        <source>Dit e-mailadres is te lang.</source>
        <translation>Bu e-posta adresi çok uzun.</translation>
    </message>
    <message>
        <source>Vul je naam in.</source>
        <translation>Adını yaz.</translation>
    </message>
    <message>
        <source>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
        <translation>Ad harflerden oluşur. Boşluk, &apos; - ve . da olabilir. Rakam ve başka işaretler olamaz.</translation>
    </message>
    <message>
        <source>Een naam heeft minstens één letter.</source>
        <translation>Adda en az bir harf olmalı.</translation>
    </message>
    <message>
        <source>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</source>
        <translation>Bu ad çok uzun. Ad en fazla %1 karakter olabilir.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in, zoals 31-12-1990.</source>
        <translation>Doğum tarihini 31-12-1990 gibi yaz.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</source>
        <translation>Bu doğum tarihi gelecekte. Doğru yazıp yazmadığına bak.</translation>
    </message>
    <message numerus="yes">
        <source>Je moet minstens %n jaar zijn om mee te doen.</source>
        <translation>
            <numerusform>Katılmak için en az %n yaşında olmalısın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</source>
        <translation>
            <numerusform>Doğum tarihini kontrol et: bu tarihle %n yaşından büyük olurdun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</source>
        <translation>Metinde okunamayan bir işaret var. Metni yeniden yaz.</translation>
    </message>
    <message>
        <source>Schrijf dit op één regel, zonder enter of tab.</source>
        <translation>Bunu tek satıra yaz, enter veya tab kullanma.</translation>
    </message>
    <message>
        <source>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</source>
        <translation>Metinde burada olmaması gereken görünmez bir işaret var. Onu sil ve tekrar dene.</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Bu alanı doldur.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</source>
        <translation>Bu metin çok uzun. En fazla %1 karakter kullanabilirsin, şu an %2 karakter var.</translation>
    </message>
    <message>
        <source>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</source>
        <translation>Bu kodda sadece küçük harf, rakam ve tire olabilir (en fazla %1 karakter).</translation>
    </message>
    <message>
        <source>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</source>
        <translation>Kiracı numarası harf, rakam ve tirelerden oluşur.</translation>
    </message>
    <message>
        <source>Een huurdersnummer heeft hoogstens %1 tekens.</source>
        <translation>Kiracı numarası en fazla %1 karakter olabilir.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</source>
        <translation>Sana ulaşabilmemiz için telefon numaranı veya e-posta adresini yaz.</translation>
    </message>
    <message>
        <source>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</source>
        <translation>Yer sayısı eksi olamaz. Sınırsız için 0 yaz.</translation>
    </message>
    <message>
        <source>De minimumleeftijd ligt tussen 0 en %1 jaar.</source>
        <translation>En düşük yaş 0 ile %1 arasında olmalı.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation>Bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <source>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</source>
        <translation>Bunun ne tür bir öğrenme yeri olduğunu seç: staj, iş başında öğrenme yeri veya işe dönüş yeri.</translation>
    </message>
    <message>
        <source>Alleen een leerplek heeft een soort leerplek.</source>
        <translation>Sadece bir öğrenme yerinin öğrenme yeri türü olur.</translation>
    </message>
    <message>
        <source>De plek op de kaart klopt niet.</source>
        <translation>Haritadaki yer doğru değil.</translation>
    </message>
    <message>
        <source>Kies waarvoor je de uren geeft.</source>
        <translation>Saatleri ne için girdiğini seç.</translation>
    </message>
    <message>
        <source>Vul de datum in zoals 3-12-2026.</source>
        <translation>Tarihi 3-12-2026 şeklinde gir.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst. Vul een dag in die al geweest is.</source>
        <translation>Bu tarih gelecekte. Geçmiş bir gün gir.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt uren tot %n dagen terug invullen.</source>
        <translation>
            <numerusform>En fazla %n gün öncesine kadar saat girebilirsin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>Tarihi gir.</translation>
    </message>
    <message>
        <source>Vul in hoe lang je bezig was, bijvoorbeeld 1:30.</source>
        <translation>Ne kadar çalıştığını gir, örneğin 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30.</source>
        <translation>Süreyi çeyrek saat olarak gir, örneğin 1:15 veya 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in zoals 1:30 (uren:minuten).</source>
        <translation>Süreyi 1:30 şeklinde gir (saat:dakika).</translation>
    </message>
    <message numerus="yes">
        <source>Met deze uren kom je boven %n uur op die dag.</source>
        <translation>
            <numerusform>Bu saatlerle o gün %n saati aşarsın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt hoogstens %n uur per dag invullen.</source>
        <translation>
            <numerusform>Günde en fazla %n saat girebilirsin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een wijk.</source>
        <translation>Bir mahalle seçin.</translation>
    </message>
    <message>
        <source>Kies een route uit de lijst.</source>
        <translation>Listeden bir yol seçin.</translation>
    </message>
    <message>
        <source>Een jaar begint op 1 januari.</source>
        <translation>Bir yıl 1 Ocak&apos;ta başlar.</translation>
    </message>
    <message>
        <source>Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.</source>
        <translation>Bir çeyrek 1 Ocak, 1 Nisan, 1 Temmuz veya 1 Ekim&apos;de başlar.</translation>
    </message>
    <message>
        <source>Vul een doel in van 0 tot %1.</source>
        <translation>0 ile %1 arasında bir hedef girin.</translation>
    </message>
    <message>
        <source>Dit kan Meedoen nog niet tellen. Kies iets anders.</source>
        <translation>Meedoen bunu henüz sayamıyor. Başka bir şey seçin.</translation>
    </message>
    <message>
        <source>Vul een getal in van 0 tot en met %1.</source>
        <translation>0 ile %1 arasında bir sayı girin.</translation>
    </message>
    <message>
        <source>Kies een maand.</source>
        <translation>Bir ay seçin.</translation>
    </message>
    <message>
        <source>Vul een bedrag in van 0 tot en met %1 cent.</source>
        <translation>0 ile %1 sent arasında bir tutar girin.</translation>
    </message>
    <message>
        <source>Schrijf de bron op één regel van hoogstens %1 tekens.</source>
        <translation>Kaynağı en fazla %1 karakterlik tek bir satıra yazın.</translation>
    </message>
    <message>
        <source>Vul een drempel in van 0 tot en met %1 cent.</source>
        <translation>0 ile %1 sent arasında bir eşik girin.</translation>
    </message>
    <message>
        <source>Vul een aandeel in van 1 tot en met 10000 basispunten.</source>
        <translation>1 ile 10000 baz puan arasında bir pay girin.</translation>
    </message>
    <message>
        <source>Geef elk soort leerplek één tarief.</source>
        <translation>Her öğrenme yeri türü için tek bir tarife girin.</translation>
    </message>
    <message>
        <source>Vul een aantal maanden in van 1 tot en met %1.</source>
        <translation>1 ile %1 arasında bir ay sayısı girin.</translation>
    </message>
    <message>
        <source>Hoogstens %1 verplichtingen.</source>
        <translation>En fazla %1 yükümlülük.</translation>
    </message>
    <message>
        <source>Geef elke verplichting een eigen kenmerk, zoals het contractnummer.</source>
        <translation>Her yükümlülüğe sözleşme numarası gibi kendine ait bir referans verin.</translation>
    </message>
    <message>
        <source>Kies de leverancier uit de partners.</source>
        <translation>Tedarikçiyi ortaklar arasından seçin.</translation>
    </message>
    <message>
        <source>Beschrijf de opdracht op één regel van hoogstens %1 tekens.</source>
        <translation>Sözleşmeyi en fazla %1 karakterlik tek bir satırda açıklayın.</translation>
    </message>
    <message>
        <source>Social return geldt voor opdrachten boven € %1.</source>
        <translation>Social return, € %1 üzerindeki sözleşmeler için geçerlidir.</translation>
    </message>
    <message>
        <source>De looptijd eindigt op of na de begindatum.</source>
        <translation>Süre, başlangıç tarihinde ya da sonrasında biter.</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>This field is required.</source>
        <translation>Bu alan zorunludur.</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>Bu alan metin olmalıdır.</translation>
    </message>
    <message>
        <source>This must be a whole number from %1 to %2.</source>
        <translation>Bu, %1 ile %2 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>This must be a number from %1 to %2.</source>
        <translation>Bu, %1 ile %2 arasında bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Bu, true veya false olmalıdır.</translation>
    </message>
    <message>
        <source>This must be a date like 2026-12-31.</source>
        <translation>Bu, 2026-12-31 gibi bir tarih olmalıdır.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Bu bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>Each entry must be a short key of lower-case letters, digits and hyphens.</source>
        <translation>Her öğe küçük harf, rakam ve tirelerden oluşan kısa bir anahtar olmalıdır.</translation>
    </message>
    <message>
        <source>This must be an object.</source>
        <translation>Bu bir nesne olmalıdır.</translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation>Bu değer izin verilen değerlerden biri değil.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>Bu alan bilinmiyor.</translation>
    </message>
    <message>
        <source>This site is not known.</source>
        <translation>Bu yer bilinmiyor.</translation>
    </message>
    <message>
        <source>This is not a personal code.</source>
        <translation>Bu bir kişisel kod değil.</translation>
    </message>
    <message>
        <source>This must be a time like 2026-12-31T09:00:00Z.</source>
        <translation>Bu, 2026-12-31T09:00:00Z gibi bir zaman olmalıdır.</translation>
    </message>
    <message>
        <source>This is not a reference code.</source>
        <translation>Bu bir referans kodu değil.</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1.</source>
        <translation>Katalog geçerli bir JSON değil: %1.</translation>
    </message>
    <message>
        <source>This is not a Meedoen catalogue (format %1).</source>
        <translation>Bu bir Meedoen kataloğu değil (biçim %1).</translation>
    </message>
    <message>
        <source>This must be a UUID.</source>
        <translation>Bu bir UUID olmalıdır.</translation>
    </message>
    <message>
        <source>This must be a key like abc-1.</source>
        <translation>Bu, abc-1 gibi bir anahtar olmalıdır.</translation>
    </message>
    <message>
        <source>Without identify, personId must be the UUID of a registered person.</source>
        <translation>identify olmadan personId, kayıtlı bir kişinin UUID&apos;si olmalıdır.</translation>
    </message>
    <message>
        <source>An opportunity needs a site.</source>
        <translation>Bir etkinliğin bir yeri olmalıdır.</translation>
    </message>
    <message>
        <source>At most %1 mutations per request.</source>
        <translation>İstek başına en fazla %1 değişiklik.</translation>
    </message>
    <message>
        <source>Each mutation must be an object.</source>
        <translation>Her değişiklik bir nesne olmalıdır.</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1.</source>
        <translation>seq, 1 veya daha büyük bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>Send the login and the password as text.</source>
        <translation>Kullanıcı adını ve şifreyi metin olarak gönderin.</translation>
    </message>
    <message>
        <source>Send back the cursor you got.</source>
        <translation>Aldığınız imleci (cursor) geri gönderin.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit, 1 ile %1 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>This parameter is not known.</source>
        <translation>Bu parametre bilinmiyor.</translation>
    </message>
    <message>
        <source>This must be a month like 2026-11.</source>
        <translation>Bu, 2026-11 gibi bir ay olmalıdır.</translation>
    </message>
    <message>
        <source>This list is longer than allowed.</source>
        <translation>Bu liste izin verilenden uzun.</translation>
    </message>
    <message>
        <source>Send JSON without a byte order mark (BOM).</source>
        <translation>JSON&apos;u bayt sırası işareti (BOM) olmadan gönderin.</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>Bu alan iki kez verilmiş.</translation>
    </message>
    <message>
        <source>appVersion must be 1 to 32 letters, digits or . + ~ -.</source>
        <translation>appVersion 1 ile 32 arasında harf, rakam veya . + ~ - olmalıdır.</translation>
    </message>
    <message>
        <source>Send appVersion, queueLength and oldestQueuedSeconds together, each once.</source>
        <translation>appVersion, queueLength ve oldestQueuedSeconds alanlarını birlikte, her birini bir kez gönderin.</translation>
    </message>
    <message>
        <source>Too many kiosks in one answer.</source>
        <translation>Tek yanıtta çok fazla kiosk.</translation>
    </message>
    <message>
        <source>This language is not one of the app&apos;s.</source>
        <translation>Bu dil, uygulamanın dillerinden biri değil.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>Bu liste çok uzun.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Bu dosya çok büyük.</translation>
    </message>
</context>
</TS>
