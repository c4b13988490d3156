// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/qrcodeitem.h"

#include <QPainter>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    connect(this, &QrCodeItem::colorsChanged, this, [this] { update(); });
}

void QrCodeItem::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_modules = text.isEmpty() ? QImage() : render(text, 0);
    update();
    Q_EMIT textChanged();
}

QImage QrCodeItem::render(const QString &text, int margin, QColor dark, QColor light)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        const int size = matrix.width() + 2 * margin;
        QImage image(size, matrix.height() + 2 * margin, QImage::Format_RGB32);
        image.fill(light);
        for (int y = 0; y < matrix.height(); ++y) {
            for (int x = 0; x < matrix.width(); ++x) {
                if (matrix.get(x, y))
                    image.setPixelColor(x + margin, y + margin, dark);
            }
        }
        return image;
    } catch (const std::exception &) {
        return {};
    }
}

void QrCodeItem::paint(QPainter *painter)
{
    painter->fillRect(boundingRect(), m_light);
    if (m_modules.isNull())
        return;
    // Whole pixels per module keep the code sharp and scannable; centre what is left over.
    const int quiet = 2;
    const int modules = m_modules.width() + 2 * quiet;
    const int unit = qMax(1, int(qMin(width(), height())) / modules);
    const int side = unit * m_modules.width();
    const int x0 = (int(width()) - side) / 2;
    const int y0 = (int(height()) - side) / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_dark);
    for (int y = 0; y < m_modules.height(); ++y) {
        for (int x = 0; x < m_modules.width(); ++x) {
            if (m_modules.pixelColor(x, y) != QColor(Qt::white))
                painter->drawRect(x0 + x * unit, y0 + y * unit, unit, unit);
        }
    }
}
