// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: Dutch and English complete in assets/i18n, the built .qm files embedded,
// and switching the language changes what C++ says (validation messages) at once.
#include "controllers/appcontext.h"
#include "controllers/startup.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
QString tsFile(const QString &language)
{
    return qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/i18n/meedoen_%1.ts"_s.arg(language);
}

// The sorted placeholders (%1, %2, %n) of a text.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(u"%(\\d|n)"_s);
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << u"nl"_s;
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("tr") << u"tr"_s;
        QTest::newRow("pl") << u"pl"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    // No message unfinished or empty, every plural form filled, placeholders kept.
    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QFile file(tsFile(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "TS"_L1)
                QVERIFY(xml.attributes().value("language"_L1).startsWith(language));
            else if (xml.name() == "name"_L1)
                context = xml.readElementText();
            else if (xml.name() == "source"_L1)
                source = xml.readElementText();
            else if (xml.name() == "translation"_L1) {
                ++messages;
                const QStringView type = xml.attributes().value("type"_L1);
                if (!type.isEmpty())
                    problems.append(u"%1: \"%2\" is %3"_s.arg(context, source, type.toString()));
                QStringList forms;
                // Either text, or <numerusform> children.
                while (!(xml.isEndElement() && xml.name() == "translation"_L1)) {
                    xml.readNext();
                    if (xml.isCharacters() && !xml.isWhitespace())
                        forms.append(xml.text().toString());
                    if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                        forms.append(xml.readElementText());
                }
                if (forms.isEmpty() || forms.contains(QString()))
                    problems.append(u"%1: \"%2\" has no translation"_s.arg(context, source));
                for (const QString &form : std::as_const(forms)) {
                    QStringList expected = placeholders(source);
                    QStringList got = placeholders(form);
                    // A plural form may spell out the number ("one place").
                    expected.removeAll(u"%n"_s);
                    got.removeAll(u"%n"_s);
                    if (expected != got)
                        problems.append(u"%1: \"%2\" → \"%3\" changes placeholders"_s.arg(context, source, form));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 250, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void switchingLanguageTranslatesMessages()
    {
        QTemporaryDir dir;
        AppServices services;
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        AppContext context(AppMode::Kiosk, services);
        for (const QString &code : {u"nl"_s, u"en"_s, u"tr"_s, u"pl"_s, u"ar"_s})
            QVERIFY2(QFile::exists(u":/i18n/meedoen_%1.qm"_s.arg(code)), qPrintable(code));

        RegistrationController *form = context.registration();
        form->setField(u"phone"_s, u"12"_s);
        QVERIFY(!form->validateField(u"phone"_s));
        const QString dutch = form->errors().value(u"phone"_s).toString();
        QVERIFY2(dutch.contains(u"telefoonnummer"_s), qPrintable(dutch));

        context.setLanguage(u"en"_s);
        QVERIFY(!form->validateField(u"phone"_s));
        const QString english = form->errors().value(u"phone"_s).toString();
        QVERIFY2(english.contains(u"phone number"_s), qPrintable(english));
        QCOMPARE(QCoreApplication::translate("KioskHomePage", "Meedoen in je buurt"), u"Take part in your neighbourhood"_s);
        QCOMPARE(QCoreApplication::translate("Format", "Nog %n plek(ken)", nullptr, 1), u"1 place left"_s);
        QCOMPARE(QCoreApplication::translate("Format", "Nog %n plek(ken)", nullptr, 3), u"3 places left"_s);

        // Turkish: its own words on the home screen and in the form's messages.
        context.setLanguage(u"tr"_s);
        QCOMPARE(QCoreApplication::translate("KioskHomePage", "Meedoen in je buurt"), u"Mahallende katıl"_s);
        QVERIFY(!form->validateField(u"phone"_s));
        const QString turkish = form->errors().value(u"phone"_s).toString();
        QVERIFY2(turkish.contains(u"Telefon"_s), qPrintable(turkish));
        QVERIFY(turkish != english && turkish != dutch);

        // Arabic lays out right to left; dates follow the chosen locale.
        context.setLanguage(u"ar"_s);
        QVERIFY(context.isRightToLeft());
        QCOMPARE(QLocale().language(), QLocale::Arabic);

        // Back to Dutch: plural forms and the Dutch of English C++ messages.
        context.setLanguage(u"nl"_s);
        QVERIFY(!context.isRightToLeft());
        QCOMPARE(QCoreApplication::translate("Format", "Nog %n plek(ken)", nullptr, 1), u"Nog 1 plek"_s);
        QCOMPARE(QCoreApplication::translate("Format", "Nog %n plek(ken)", nullptr, 4), u"Nog 4 plekken"_s);
        QCOMPARE(QCoreApplication::translate("Wire", "This field is required."), u"Dit veld is verplicht."_s);
        QVERIFY(!form->validateField(u"phone"_s));
        QCOMPARE(form->errors().value(u"phone"_s).toString(), dutch);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
