// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QQuickPaintedItem>

// A QR code of `text` (zxing-cpp), drawn crisp at any size: the receipt's reference code
// and a tenant's personal code.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor darkColor MEMBER m_dark NOTIFY colorsChanged)
    Q_PROPERTY(QColor lightColor MEMBER m_light NOTIFY colorsChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool isValid() const { return !m_modules.isNull(); }
    void paint(QPainter *painter) override;

    // One pixel per module, dark on light, with a quiet zone of `margin` modules.
    static QImage render(const QString &text, int margin = 2, QColor dark = Qt::black, QColor light = Qt::white);

Q_SIGNALS:
    void textChanged();
    void colorsChanged();

private:
    QString m_text;
    QColor m_dark = Qt::black;
    QColor m_light = Qt::white;
    QImage m_modules;
};
