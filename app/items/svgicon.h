// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QQuickPaintedItem>

// One pictogram of assets/icons (compiled in under :/meedoen/icons/), drawn in one colour at
// any size; the QML face is Icon (qml/components/Icon.qml). A painted item rather than an
// image provider: it needs no registration on each engine (app, tests, tour alike), and it
// repaints in the new colour as soon as the Theme's palette changes.
class SvgIcon : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    // The reading direction is right to left (Arabic): direction icons point the other way.
    Q_PROPERTY(bool rightToLeft READ rightToLeft WRITE setRightToLeft NOTIFY rightToLeftChanged)
    Q_PROPERTY(bool mirrored READ isMirrored NOTIFY mirroredChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY nameChanged)

public:
    explicit SvgIcon(QQuickItem *parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString &name);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    bool rightToLeft() const { return m_rightToLeft; }
    void setRightToLeft(bool rightToLeft);
    bool isMirrored() const { return m_rightToLeft && isDirectional(m_name); }
    bool isValid() const { return exists(m_name); }

    void paint(QPainter *painter) override;

    // The resource of a pictogram, and whether it is there and a valid SVG.
    static QString path(const QString &name);
    static bool exists(const QString &name);
    // Pictograms that point along the reading direction (back, next).
    static bool isDirectional(const QString &name);
    // The pictogram in `color` on transparent, `size` pixels, mirrored left to right if asked;
    // a null image for an unknown name.
    static QImage render(const QString &name, QSize size, const QColor &color, bool mirrored = false);

Q_SIGNALS:
    void nameChanged();
    void colorChanged();
    void rightToLeftChanged();
    void mirroredChanged();

private:
    QString m_name;
    QColor m_color = Qt::black;
    bool m_rightToLeft = false;
};
