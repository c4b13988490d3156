// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Lees voor" without a speech engine on the machine: a text-to-speech plug-in of the test's
// own (Dutch and English voices, no Arabic) stands in for speech-dispatcher. The button is
// hidden where no engine or no voice answers, reads the page's heading and text in the app's
// language, stops when pressed again, and stops when a kiosk's session ends.
// tst_readaloud_espeak hears the real engine.

// This file's plug-in is linked in (Q_IMPORT_PLUGIN), not loaded from a folder.
#define QT_STATICPLUGIN

#include "controllers/appcontext.h"
#include "controllers/readaloud.h"

#include <QAccessible>
#include <QDirIterator>
#include <QMutex>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextToSpeechEngine>
#include <QTextToSpeechPlugin>
#include <QtPlugin>

#include "common/uitesting.h"
#include "shownpageheader.h"

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

// What the stand-in engine was asked to say, in which locale (it runs on ReadAloud's thread).
struct Heard
{
    QString text;
    QLocale locale;
};

class HeardLog
{
public:
    static void append(const Heard &heard)
    {
        QMutexLocker lock(&mutex());
        log().append(heard);
    }
    static QList<Heard> all()
    {
        QMutexLocker lock(&mutex());
        return log();
    }
    static void clear()
    {
        QMutexLocker lock(&mutex());
        log().clear();
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QList<Heard> &log()
    {
        static QList<Heard> l;
        return l;
    }
};

// Speaks until stopped: a reading that goes on, as a long page's would.
class FakeSpeechEngine : public QTextToSpeechEngine
{
    Q_OBJECT

public:
    using QTextToSpeechEngine::QTextToSpeechEngine;

    QList<QLocale> availableLocales() const override
    {
        return {QLocale(QLocale::Dutch, QLocale::Netherlands), QLocale(QLocale::English, QLocale::UnitedKingdom)};
    }
    QList<QVoice> availableVoices() const override
    {
        if (!availableLocales().contains(m_locale))
            return {};
        return {createVoice(u"stem"_s, m_locale, QVoice::Female, QVoice::Adult, {})};
    }
    void say(const QString &text) override
    {
        HeardLog::append({text, m_locale});
        setState(QTextToSpeech::Speaking);
    }
    void stop(QTextToSpeech::BoundaryHint) override { setState(QTextToSpeech::Ready); }
    void pause(QTextToSpeech::BoundaryHint) override {}
    void resume() override {}
    double rate() const override { return 0; }
    bool setRate(double) override { return true; }
    double pitch() const override { return 0; }
    bool setPitch(double) override { return true; }
    QLocale locale() const override { return m_locale; }
    bool setLocale(const QLocale &locale) override
    {
        m_locale = locale;
        return true;
    }
    double volume() const override { return 1; }
    bool setVolume(double) override { return true; }
    QVoice voice() const override { return {}; }
    bool setVoice(const QVoice &) override { return true; }
    QTextToSpeech::State state() const override { return m_state; }
    QTextToSpeech::ErrorReason errorReason() const override { return QTextToSpeech::ErrorReason::NoError; }
    QString errorString() const override { return {}; }

private:
    void setState(QTextToSpeech::State state)
    {
        if (m_state == state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

    QLocale m_locale = QLocale(QLocale::Dutch, QLocale::Netherlands);
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
};

class FakeSpeechPlugin : public QObject, public QTextToSpeechPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "fakespeech.json")
    Q_INTERFACES(QTextToSpeechPlugin)

public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &, QObject *parent, QString *) const override
    {
        return new FakeSpeechEngine(parent);
    }
};

Q_IMPORT_PLUGIN(FakeSpeechPlugin)

namespace {

const QString kFakeEngine = u"meedoen-test"_s;

bool waitUntilChecked(ReadAloud &readAloud)
{
    return QTest::qWaitFor([&readAloud] { return readAloud.isChecked(); }, 10000);
}

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
    }

    void init() { HeardLog::clear(); }

    void hiddenBeforeStart()
    {
        ReadAloud readAloud({u"nl"_s});
        QVERIFY(!readAloud.isAvailable());
        readAloud.say(u"Hallo"_s);
        readAloud.toggle(u"Hallo"_s);
        readAloud.stop();
        QVERIFY(!readAloud.isSpeaking());
    }

    // No such engine on this machine: hidden, and pressing (if anything could) does nothing.
    void hiddenWithoutEngine()
    {
        ReadAloud readAloud({u"nl"_s, u"en"_s});
        QSignalSpy checked(&readAloud, &ReadAloud::checked);
        QVERIFY(checked.isValid());
        readAloud.start(u"no-such-engine"_s);
        QVERIFY(checked.wait(10000));
        QVERIFY(!readAloud.isAvailable());
        QVERIFY(readAloud.voicedLanguages().isEmpty());
        readAloud.say(u"Hallo"_s);
        readAloud.toggle(u"Hallo"_s);
        readAloud.stop();
        readAloud.setLanguage(u"en"_s);
        QVERIFY(!readAloud.isAvailable());
        QVERIFY(!readAloud.isSpeaking());
    }

    // Hidden for a language without a voice, shown again for one with a voice.
    void availablePerLanguage()
    {
        ReadAloud readAloud({u"nl"_s, u"en"_s, u"ar"_s});
        readAloud.start(kFakeEngine);
        QVERIFY(waitUntilChecked(readAloud));
        QStringList voiced = readAloud.voicedLanguages();
        voiced.sort();
        QCOMPARE(voiced, (QStringList{u"en"_s, u"nl"_s}));
        QVERIFY(readAloud.isAvailable());

        QSignalSpy availability(&readAloud, &ReadAloud::availableChanged);
        readAloud.setLanguage(u"ar"_s);
        QVERIFY(!readAloud.isAvailable());
        readAloud.say(u"مرحبا"_s);
        readAloud.setLanguage(u"en"_s);
        QVERIFY(readAloud.isAvailable());
        QCOMPARE(availability.count(), 2);
        QVERIFY(HeardLog::all().isEmpty());
    }

    // Read in the app's language; the button's second press stops; a new language stops too.
    void readsInTheLanguageAndStops()
    {
        ReadAloud readAloud({u"nl"_s, u"en"_s});
        readAloud.start(kFakeEngine);
        QVERIFY(waitUntilChecked(readAloud));

        readAloud.toggle(u"Wat doe je graag?"_s);
        QTRY_VERIFY(readAloud.isSpeaking());
        QCOMPARE(HeardLog::all().size(), 1);
        QCOMPARE(HeardLog::all().constFirst().text, u"Wat doe je graag?"_s);
        QCOMPARE(HeardLog::all().constFirst().locale.language(), QLocale::Dutch);
        readAloud.toggle(u"Wat doe je graag?"_s);
        QTRY_VERIFY(!readAloud.isSpeaking());
        QCOMPARE(HeardLog::all().size(), 1);

        readAloud.say(u"Wat doe je graag?"_s);
        QTRY_VERIFY(readAloud.isSpeaking());
        readAloud.setLanguage(u"en"_s);
        QTRY_VERIFY(!readAloud.isSpeaking());
        readAloud.say(u"What do you like doing?"_s);
        QTRY_VERIFY(readAloud.isSpeaking());
        QCOMPARE(HeardLog::all().constLast().locale, QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // The button in the page header, as a tenant meets it on a kiosk and on a phone.
    void buttonInPageHeader_data()
    {
        QTest::addColumn<AppMode>("mode");
        QTest::addColumn<int>("width");
        QTest::newRow("kiosk") << AppMode::Kiosk << 1080;
        QTest::newRow("phone") << AppMode::Phone << 390;
    }

    void buttonInPageHeader()
    {
        QFETCH(AppMode, mode);
        QFETCH(int, width);
        UiTesting::TestApp app(mode);
        ReadAloud *readAloud = app.context().readAloud();
        readAloud->start(kFakeEngine);
        QVERIFY(waitUntilChecked(*readAloud));

        ShownPageHeader shown(width);
        QVERIFY(shown.header());
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window()));
        QQuickItem *button = shown.button();
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(accessibleName(button), u"Lees voor"_s);
        QCOMPARE(accessibleRole(button), QAccessible::Button);
        // Beside or under the title, not over it, and inside the window.
        QQuickItem *title = shown.title();
        QVERIFY(title);
        const QRectF buttonRect = button->mapRectToScene(button->boundingRect());
        const QRectF titleRect = title->mapRectToScene(title->boundingRect());
        QVERIFY2(!buttonRect.intersects(titleRect), "the button covers the title");
        // …and leaves the title room for its words (on a phone the row would not).
        QVERIFY2(title->width() >= width / 2, qPrintable(u"the title has %1 px"_s.arg(title->width())));
        QVERIFY(QRectF(QPointF(0, 0), shown.window().size()).contains(buttonRect));

        // Pressed: the heading, then the page's text, in Dutch.
        click(button);
        QTRY_VERIFY(readAloud->isSpeaking());
        QCOMPARE(HeardLog::all().size(), 1);
        QCOMPARE(HeardLog::all().constFirst().text, ShownPageHeader::heading() + u' ' + ShownPageHeader::text());
        QCOMPARE(HeardLog::all().constFirst().locale.language(), QLocale::Dutch);
        QTRY_COMPARE(button->property("text").toString(), u"Stop"_s);
        QCOMPARE(accessibleName(button), u"Stop met voorlezen"_s);
        // Pressed again: it stops.
        click(button);
        QTRY_VERIFY(!readAloud->isSpeaking());
        QTRY_COMPARE(button->property("text").toString(), u"Lees voor"_s);
        QCOMPARE(HeardLog::all().size(), 1);

        if (mode == AppMode::Kiosk) {
            // The kiosk's session ends (idle, or "Klaar"): the next tenant hears nothing of it.
            click(button);
            QTRY_VERIFY(readAloud->isSpeaking());
            app.context().endSession();
            QTRY_VERIFY(!readAloud->isSpeaking());
        }

        // Arabic has no voice here: hidden, not broken; back in English it shows again.
        app.context().setLanguage(u"ar"_s);
        QVERIFY(!button->isVisible());
        app.context().setLanguage(u"en"_s);
        QVERIFY(button->isVisible());

        // Leaving the page ends its reading.
        click(button);
        QTRY_VERIFY(readAloud->isSpeaking());
        shown.header()->setVisible(false);
        QTRY_VERIFY(!readAloud->isSpeaking());
    }

    // No engine: the header shows no button and nothing complains.
    void noButtonWithoutEngine()
    {
        UiTesting::startCollectingMessages();
        UiTesting::messages().clear();
        {
            UiTesting::TestApp app(AppMode::Phone);
            ShownPageHeader shown(390);
            QVERIFY(shown.button());
            QVERIFY(!shown.button()->isVisible());
            app.context().setLanguage(u"tr"_s);
            QVERIFY(!shown.button()->isVisible());
        }
        UiTesting::stopCollectingMessages();
        QVERIFY2(UiTesting::messages().isEmpty(), qPrintable(UiTesting::messages().join(u'\n')));
    }

    // Every tenant page has the button: through PageHeader (or StepPage, which has one), or
    // its own where the page has no header (the home pages, the receipt).
    void everyTenantPageHasTheButton()
    {
        const QString source = qEnvironmentVariable("MEEDOEN_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "MEEDOEN_SOURCE_DIR is not set (ctest sets it)");
        QStringList pages;
        for (const QString &folder : {u"/qml/pages"_s, u"/qml/phone"_s, u"/qml/kiosk"_s}) {
            QDirIterator it(source + folder, {u"*Page.qml"_s});
            while (it.hasNext())
                pages.append(it.next());
        }
        QVERIFY2(pages.size() >= 10, "the page folders were not found");
        for (const QString &path : std::as_const(pages)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString qml = QString::fromUtf8(file.readAll());
            const bool hasButton = qml.contains("PageHeader {"_L1) || qml.contains("\nStepPage {"_L1)
                                   || qml.contains("ReadAloudButton {"_L1);
            QVERIFY2(hasButton, qPrintable(path + u" has no \"Lees voor\""_s));
        }
    }

private:
    static void click(QQuickItem *button) { QMetaObject::invokeMethod(button, "clicked"); }

    static QString accessibleName(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    static QAccessible::Role accessibleRole(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->role() : QAccessible::NoRole;
    }
};

QTEST_MAIN(TestReadAloud)

#include "tst_readaloud.moc"
