// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/layoutcheck.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// LayoutCheck on small scenes: each fault a reader would see is found, and a good screen
// (a list scrolled, a dialog over its page, a text scrolled out of view) has none.
class TestLayoutCheck : public QObject
{
    Q_OBJECT

    QQmlEngine m_engine;

    QStringList findingsOf(const QByteArray &body)
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport QtQuick.Controls.Basic\nWindow {\n width: 300; height: 200; visible: true\n"
                              + body + "\n}",
                          QUrl(u"qrc:/scene.qml"_s));
        std::unique_ptr<QObject> object(component.create());
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        if (!window) {
            qWarning() << component.errorString();
            return {u"no window"_s};
        }
        if (!QTest::qWaitForWindowExposed(window))
            return {u"not shown"_s};
        window->grabWindow();
        return LayoutCheck::findings(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
    }

    void findsWhatAReaderSees_data()
    {
        QTest::addColumn<QByteArray>("scene");
        QTest::addColumn<QString>("finding");
        QTest::newRow("texts over each other")
            << QByteArray("Text { text: \"Volgende stap\" } Text { x: 10; text: \"Terug\" }") << u"overlap:"_s;
        QTest::newRow("elided") << QByteArray("Text { width: 40; elide: Text.ElideRight; text: \"Vrijwilligerswerk\" }")
                                << u"elided:"_s;
        QTest::newRow("cut by its clipping parent")
            << QByteArray("Item { width: 40; height: 40; clip: true; Text { text: \"Vrijwilligerswerk\" } }") << u"cut (across)"_s;
        QTest::newRow("button below the window")
            << QByteArray("Button { y: 180; text: \"Aanmelden\" }") << u"outside:"_s;
        QTest::newRow("words under a check box")
            << QByteArray("CheckBox { width: 200; indicator: Rectangle { width: 30; height: 30 }"
                          " contentItem: Text { text: \"Ik vind het goed\" } }")
            << u"the box of"_s;
        QTest::newRow("a word wider than its line")
            << QByteArray("Text { width: 40; wrapMode: Text.Wrap; text: \"Huisnummer\" }") << u"word broken: \"Huisnummer\""_s;
        QTest::newRow("a word wider than its padded line")
            << QByteArray("Label { width: 120; leftPadding: 50; wrapMode: Text.Wrap; text: \"De Geboortedatum\" }")
            << u"word broken: \"Geboortedatum\""_s;
        QTest::newRow("a word broken on a button's own background")
            << QByteArray("AbstractButton { width: 120; height: 100; text: \"Vrijwilligerswerk\";"
                          "\n background: Rectangle { color: \"navy\" }\n"
                          " contentItem: Label { wrapMode: Text.Wrap; font.pixelSize: 24; text: parent.text } }")
            << u"word broken: \"Vrijwilligerswerk\""_s;
    }
    void findsWhatAReaderSees()
    {
        QFETCH(QByteArray, scene);
        QFETCH(QString, finding);
        const QStringList found = findingsOf(scene);
        QVERIFY2(found.join(u'\n').contains(finding), qPrintable(found.join(u'\n')));
    }

    void goodScreensHaveNoFindings_data()
    {
        QTest::addColumn<QByteArray>("scene");
        QTest::newRow("side by side") << QByteArray("Row { spacing: 8; Text { text: \"Ja\" } Text { text: \"Nee\" } }");
        QTest::newRow("a long list that scrolls")
            << QByteArray("ListView { anchors.fill: parent; model: 40; delegate: Button { text: \"Rij \" + index } }");
        QTest::newRow("a dialog over its page")
            << QByteArray("Text { text: \"De pagina eronder\" }"
                          " Rectangle { anchors.fill: parent; color: \"white\"; Text { text: \"De dialoog erboven\" } }");
        QTest::newRow("wrapped in its width")
            << QByteArray("Text { width: 160; wrapMode: Text.Wrap; text: \"Vrijwilligers werk in de buurt\" }");
        QTest::newRow("a long word on one wide line")
            << QByteArray("Text { width: 280; wrapMode: Text.Wrap; text: \"Vrijwilligerswerk\" }");
    }
    void goodScreensHaveNoFindings()
    {
        QFETCH(QByteArray, scene);
        const QStringList found = findingsOf(scene);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestLayoutCheck)
#include "tst_layoutcheck.moc"
