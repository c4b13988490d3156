// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAccessible>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)

using namespace Qt::StringLiterals;

// A11y.role and A11y.checkable (app/items/accessiblekeeper.h) give a screen reader what QML
// declares, where Qt 6.4's controls answer their own role and ignore Accessible.role: with
// accessibility on before the screen is made (a kiosk with Orca always on) or after (Orca
// started later).
class TestAccessibleKeeper : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;

    std::unique_ptr<QQuickItem> create(const QByteArray &qml)
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport QtQuick.Controls.Basic\nimport Meedoen\n" + qml, QUrl());
        std::unique_ptr<QQuickItem> item(qobject_cast<QQuickItem *>(component.create()));
        if (!item)
            qWarning() << component.errors();
        // The kept values are applied again once the item is complete.
        QCoreApplication::processEvents();
        return item;
    }

    static QAccessibleInterface *accessible(QQuickItem *item, const char *name)
    {
        return QAccessible::queryAccessibleInterface(item->findChild<QQuickItem *>(QString::fromLatin1(name)));
    }

    static void restartScreenReader()
    {
        QAccessible::setActive(false);
        QAccessible::setActive(true);
    }

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(u"Basic"_s); }

    void rolesSurviveAccessibilityTurningOn_data()
    {
        QTest::addColumn<bool>("activeAtStart");
        QTest::newRow("screen reader already on") << true;
        QTest::newRow("screen reader started later") << false;
    }
    void rolesSurviveAccessibilityTurningOn()
    {
        QFETCH(bool, activeAtStart);
        QAccessible::setActive(activeAtStart);
        const auto root = create(R"(
Item {
    Label { objectName: "plainHeading"; text: "Wie ben je?"; Accessible.role: Accessible.Heading; Accessible.name: text }
    Label { objectName: "heading"; text: "Wie ben je?"; A11y.role: Accessible.Heading; Accessible.name: text }
    Label { objectName: "alert"; text: "Vul je naam in."; A11y.role: Accessible.AlertMessage; Accessible.name: text }
    Page { objectName: "page"; title: "Wie ben je?"; Accessible.name: title; A11y.role: Accessible.Pane }
})");
        QVERIFY(root);
        QAccessible::setActive(true);
        if (!activeAtStart)
            QCoreApplication::processEvents();

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // Why A11y exists: Qt 6.4's Label makes a declared heading plain text.
        QCOMPARE(accessible(root.get(), "plainHeading")->role(), QAccessible::StaticText);
#endif
        QCOMPARE(accessible(root.get(), "heading")->role(), QAccessible::Heading);
        QCOMPARE(accessible(root.get(), "alert")->role(), QAccessible::AlertMessage);
        QCOMPARE(accessible(root.get(), "page")->role(), QAccessible::Pane);
        QCOMPARE(accessible(root.get(), "page")->text(QAccessible::Name), u"Wie ben je?"_s);

        restartScreenReader();
        QCOMPARE(accessible(root.get(), "heading")->role(), QAccessible::Heading);
        QCOMPARE(accessible(root.get(), "page")->role(), QAccessible::Pane);
    }

    // A filter chip is a Button whose own checkable stays false (the model says what is
    // chosen); a screen reader hears a check box, checked or not.
    void chipIsACheckBoxThatSaysWhetherItIsChosen()
    {
        QAccessible::setActive(true);
        const auto root = create(R"(
Item {
    Button { objectName: "chip"; text: "Wonen"; checkable: false; checked: false
             A11y.role: Accessible.CheckBox; A11y.checkable: true
             Accessible.name: text; Accessible.checkable: true; Accessible.checked: checked }
})");
        QVERIFY(root);
        QAccessibleInterface *chip = accessible(root.get(), "chip");
        QCOMPARE(chip->role(), QAccessible::CheckBox);
        QVERIFY(chip->state().checkable);
        QVERIFY(!chip->state().checked);

        root->findChild<QQuickItem *>(u"chip"_s)->setProperty("checked", true);
        QVERIFY(chip->state().checked);

        restartScreenReader();
        QCOMPARE(chip->role(), QAccessible::CheckBox);
        QVERIFY(chip->state().checkable);
        QVERIFY(chip->state().checked);
    }
};

QTEST_MAIN(TestAccessibleKeeper)
#include "tst_accessiblekeeper.moc"
