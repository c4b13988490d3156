// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"
#include "controllers/registrationcontroller.h"
#include "core/domain.h"
#include "items/svgicon.h"

#include <QMetaEnum>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTest>

#include "common/uitesting.h"

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

// The values of one of the domain's enums, as the app names them.
template <typename Enum> QList<Enum> values()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QList<Enum> list;
    for (int i = 0; i < meta.keyCount(); ++i)
        list.append(Enum(meta.value(i)));
    return list;
}

// How many drawn (not transparent) pixels lie in the left and the right half.
std::pair<int, int> inkLeftRight(const QImage &image)
{
    int left = 0, right = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++(x < image.width() / 2 ? left : right);
        }
    }
    return {left, right};
}

} // namespace

// Every kind, route, interest and day part the app can show has a pictogram that loads, in
// the one colour asked; back and next point the other way in Arabic, nothing else does.
class TestIcons : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTesting::TestApp> m_app;
    QQmlEngine m_engine;

    // An Icon (qml/components/Icon.qml) as a screen makes it.
    std::unique_ptr<QObject> icon(const QString &name)
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Meedoen.Ui\nIcon {}\n", QUrl(u"qrc:/tst_icons/Holder.qml"_s));
        std::unique_ptr<QObject> item(component.createWithInitialProperties({{u"name"_s, name}}));
        if (!item)
            qWarning("%s", qPrintable(component.errorString()));
        return item;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = UiTesting::startComponentTest(m_engine);
    }

    void init() { m_app->context().setLanguage(u"nl"_s); }
    void cleanupTestCase() { m_app.reset(); }

    // Derived from the app's own lists: a new kind, route, interest or day part without its
    // pictogram fails here.
    void everyChoiceHasAPictogram_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names;
        for (Meedoen::OpportunityKind kind : values<Meedoen::OpportunityKind>())
            names.append(u"kind-"_s + Meedoen::toKey(kind));
        for (Meedoen::Route route : values<Meedoen::Route>())
            names.append(u"route-"_s + Meedoen::toKey(route));
        for (const QString &interest : RegistrationController::interestChoices())
            names.append(u"interest-"_s + interest);
        const QMetaEnum parts = QMetaEnum::fromType<Meedoen::PartOfDay>();
        for (int i = 0; i < parts.keyCount(); ++i)
            names.append(u"daypart-"_s + QString::fromLatin1(parts.key(i)).toLower());
        // The main actions the screens name.
        names << u"back"_s << u"next"_s << u"search"_s << u"sign-up"_s << u"my-signups"_s << u"hours"_s
              << u"my-data"_s << u"inbox"_s << u"language"_s << u"read-aloud"_s << u"print"_s << u"status"_s
              << u"close"_s << u"done"_s << u"phone"_s << u"location"_s << u"calendar"_s;
        for (const QString &name : std::as_const(names))
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyChoiceHasAPictogram()
    {
        QFETCH(QString, name);
        QVERIFY2(SvgIcon::exists(name), qPrintable(SvgIcon::path(name)));
        const QColor tint(u"#1F6B3A"_s);
        const QImage image = SvgIcon::render(name, QSize(48, 48), tint);
        QCOMPARE(image.size(), QSize(48, 48));
        // Something is drawn, and all of it in the one colour asked (a Theme colour).
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() < 255)
                    continue;
                ++drawn;
                QCOMPARE(pixel.rgb(), tint.rgb());
            }
        }
        QVERIFY2(drawn > 20, qPrintable(u"%1: %2 pixels drawn"_s.arg(name).arg(drawn)));
        // Icon as a screen uses it: valid, in the Theme's text colour by default.
        const auto item = icon(name);
        QVERIFY(item);
        QVERIFY(item->property("valid").toBool());
        QVERIFY(item->property("width").toReal() > 0);
    }

    void unknownNameDrawsNothing()
    {
        QVERIFY(!SvgIcon::exists(u"no-such-icon"_s));
        QVERIFY(SvgIcon::render(u"no-such-icon"_s, QSize(48, 48), Qt::black).isNull());
    }

    // LayoutMirroring moves items but does not mirror what they draw: the arrows must turn
    // themselves, so that "back" points to where Arabic text came from.
    void directionIconsFlipInArabic_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("directional");
        QTest::newRow("back") << u"back"_s << true;
        QTest::newRow("next") << u"next"_s << true;
        QTest::newRow("route-werken") << u"route-werken"_s << false;
        QTest::newRow("print") << u"print"_s << false;
    }

    void directionIconsFlipInArabic()
    {
        QFETCH(QString, name);
        QFETCH(bool, directional);
        const auto item = icon(name);
        QVERIFY(item);
        QCOMPARE(item->property("mirrored").toBool(), false);
        m_app->context().setLanguage(u"ar"_s);
        QCOMPARE(item->property("mirrored").toBool(), directional);
        m_app->context().setLanguage(u"nl"_s);
        QCOMPARE(item->property("mirrored").toBool(), false);
    }

    void mirroredArrowPointsTheOtherWay()
    {
        // The arrow's head holds most of its ink: at the left for "back" in Dutch.
        const QImage back = SvgIcon::render(u"back"_s, QSize(48, 48), Qt::black);
        const QImage mirrored = SvgIcon::render(u"back"_s, QSize(48, 48), Qt::black, true);
        const auto [left, right] = inkLeftRight(back);
        QVERIFY2(left > right, qPrintable(u"%1 left, %2 right"_s.arg(left).arg(right)));
        const auto [mirroredLeft, mirroredRight] = inkLeftRight(mirrored);
        QVERIFY2(mirroredRight > mirroredLeft, qPrintable(u"%1 left, %2 right"_s.arg(mirroredLeft).arg(mirroredRight)));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
