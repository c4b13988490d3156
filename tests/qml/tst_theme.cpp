// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"

#include <QColor>
#include <QHash>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSet>
#include <QTest>

#include <cmath>

#include "common/uitesting.h"

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

// WCAG 2.1 relative luminance of an sRGB colour (alpha ignored: the pairs are opaque).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// WCAG 2.1: text (1.4.3, AA; 1.4.6, AAA in high contrast) and the parts of controls and
// graphics one must see (1.4.11).
constexpr double kText = 4.5;
constexpr double kTextHighContrast = 7.0;
constexpr double kUi = 3.0;

// What a pair is: words to read, or a part of a control or graphic to see.
enum class Use { Text, Ui };

// The two palettes of the Theme, switched by AppContext.highContrast.
struct Palette
{
    const char *name;
    bool highContrast;
};
constexpr Palette kPalettes[] = {{"usual", false}, {"high contrast", true}};

double minimum(Use use, bool highContrast)
{
    if (use == Use::Ui)
        return kUi;
    return highContrast ? kTextHighContrast : kText;
}

// The backgrounds colours are drawn on.
const QStringList kBackgrounds{u"background"_s, u"surface"_s, u"surfaceMuted"_s, u"pressed"_s};
// Colours that are only a background, a backdrop or derived from another: no pair of their own.
const QStringList kNoPair{u"background"_s, u"surface"_s, u"surfaceMuted"_s, u"pressed"_s, u"scrim"_s};

struct Pair
{
    QString foreground;
    QString background;
    Use use;
};

// Every foreground the Theme defines, on each background the screens draw it on.
QList<Pair> pairs()
{
    QList<Pair> list;
    // Text colours, and colours used as text (status words, links, the waitlist count;
    // textMuted is also every field's placeholder text).
    for (const QString &fg : {u"text"_s, u"textMuted"_s, u"primary"_s, u"danger"_s, u"success"_s, u"warning"_s}) {
        for (const QString &bg : kBackgrounds)
            list.append({fg, bg, Use::Text});
    }
    // The accent only on the page and cards (the dashboard's waitlist count).
    for (const QString &fg : {u"accent"_s, u"chartWaitlist"_s}) {
        list.append({fg, u"background"_s, Use::Text});
        list.append({fg, u"surface"_s, Use::Text});
    }
    // Text on filled buttons, badges and route tiles (white on each).
    list.append({u"textOnPrimary"_s, u"primary"_s, Use::Text});
    list.append({u"textOnAccent"_s, u"accent"_s, Use::Text});
    for (const QString &route : {u"routeWonen"_s, u"routeLeren"_s, u"routeWerken"_s, u"routeVrijeTijd"_s}) {
        list.append({u"textOnPrimary"_s, route, Use::Text});
        // The route's name and pictogram in its colour, on cards and the detail page; the
        // pictogram on an unchosen route chip, also while pressed.
        list.append({route, u"surface"_s, Use::Text});
        list.append({route, u"background"_s, Use::Text});
        list.append({route, u"pressed"_s, Use::Ui});
    }
    // The focus ring and the borders of inputs, against the page and the control's fill.
    for (const QString &ui : {u"focus"_s, u"border"_s}) {
        list.append({ui, u"background"_s, Use::Ui});
        list.append({ui, u"surface"_s, Use::Ui});
    }
    // Chart bars on the page; the occupancy bar on its track.
    for (const QString &bar : {u"chartBar"_s, u"chartBarSecondary"_s}) {
        list.append({bar, u"background"_s, Use::Ui});
        list.append({bar, u"surface"_s, Use::Ui});
    }
    list.append({u"chartBar"_s, u"surfaceMuted"_s, Use::Ui});
    // A goal's lines (what was reached, the straight line, the forecast) on the chart's surface.
    for (const QString &line : {u"chartActual"_s, u"chartPlanned"_s, u"chartForecast"_s}) {
        list.append({line, u"background"_s, Use::Ui});
        list.append({line, u"surface"_s, Use::Ui});
    }
    // The QR code's modules, for the phone's camera and the tenant's eye.
    list.append({u"qrDark"_s, u"qrLight"_s, Use::Ui});
    // The kiosk's dark screen at night and the words on it that say a touch wakes it.
    list.append({u"nightText"_s, u"nightScreen"_s, Use::Text});
    return list;
}

} // namespace

// The contrast of every colour pair the Theme (qml/theme/Theme.qml) defines, read from the
// real singleton in both its palettes (AppContext.highContrast off and on): text at least
// 4.5:1 on what it is drawn on (7:1 in high contrast), the focus ring, input borders and
// chart bars at least 3:1. A colour added to the Theme without a pair here fails too.
class TestTheme : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTesting::TestApp> m_app;
    QQmlEngine m_engine;
    QObject *m_theme = nullptr;
    std::unique_ptr<QObject> m_holder;

    QColor color(const QString &name) const { return m_theme->property(name.toLatin1().constData()).value<QColor>(); }
    int size(const char *name) const { return m_theme->property(name).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = UiTesting::startComponentTest(m_engine);
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Meedoen.Ui\nQtObject { readonly property QtObject theme: Theme }\n",
                          QUrl(u"qrc:/tst_theme/Holder.qml"_s));
        m_holder.reset(component.create());
        QVERIFY2(m_holder, qPrintable(component.errorString()));
        m_theme = m_holder->property("theme").value<QObject *>();
        QVERIFY(m_theme);
        QCOMPARE(color(u"text"_s).isValid(), true);
    }

    // Each case starts in the usual palette, as a kiosk's session does.
    void init() { m_app->context().setHighContrast(false); }

    void cleanupTestCase()
    {
        m_holder.reset();
        m_app.reset();
    }

    void contrastIsEnough_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<double>("minimum");
        for (const Palette &palette : kPalettes) {
            for (const Pair &p : pairs())
                QTest::addRow("%s: %s on %s", palette.name, qPrintable(p.foreground), qPrintable(p.background))
                    << p.foreground << p.background << palette.highContrast << minimum(p.use, palette.highContrast);
        }
    }

    void contrastIsEnough()
    {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(bool, highContrast);
        QFETCH(double, minimum);
        m_app->context().setHighContrast(highContrast);
        QCOMPARE(m_theme->property("highContrast").toBool(), highContrast);
        const QColor fg = color(foreground);
        const QColor bg = color(background);
        QVERIFY2(fg.isValid() && bg.isValid(), "not a colour of the Theme");
        QCOMPARE(fg.alpha(), 255);
        QCOMPARE(bg.alpha(), 255);
        const double ratio = contrast(fg, bg);
        QVERIFY2(ratio >= minimum, qPrintable(u"%1 (%2) on %3 (%4): %5:1, needs %6:1"_s.arg(foreground, fg.name(), background, bg.name())
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(minimum, 0, 'f', 1)));
    }

    // The switch reaches the Theme: another palette for every text colour, thicker borders
    // and focus ring; and back.
    void highContrastSwitchesThePalette()
    {
        const QStringList texts{u"text"_s, u"textMuted"_s, u"primary"_s, u"background"_s};
        QHash<QString, QColor> usual;
        for (const QString &name : texts)
            usual.insert(name, color(name));
        const int border = size("borderWidth");
        const int focus = size("focusWidth");

        m_app->context().setHighContrast(true);
        for (const QString &name : texts)
            QVERIFY2(color(name) != usual.value(name), qPrintable(name));
        QVERIFY(size("borderWidth") > border);
        QVERIFY(size("focusWidth") > focus);

        m_app->context().setHighContrast(false);
        for (const QString &name : texts)
            QCOMPARE(color(name), usual.value(name));
        QCOMPARE(size("borderWidth"), border);
    }

    // The formula itself, on pairs with known answers (WCAG's extremes and a mid grey).
    void contrastFormula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
        QCOMPARE(qRound(contrast(QColor(u"#767676"_s), Qt::white) * 100), 454); // the lightest AA grey on white
    }

    // Every colour property of the Theme is in a pair above (or only ever a background).
    void everyColourIsChecked()
    {
        QSet<QString> checked(kNoPair.cbegin(), kNoPair.cend());
        for (const Pair &p : pairs()) {
            checked.insert(p.foreground);
            checked.insert(p.background);
        }
        const QMetaObject *meta = m_theme->metaObject();
        int colours = 0;
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.metaType() != QMetaType::fromType<QColor>())
                continue;
            ++colours;
            QVERIFY2(checked.contains(QString::fromLatin1(property.name())),
                     qPrintable(u"Theme.%1 has no contrast pair in tst_theme"_s.arg(QString::fromLatin1(property.name()))));
        }
        QVERIFY(colours >= 20);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
