// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Camera frames for the scanner tests: a QR code (zxing-cpp's writer, through QrCodeItem)
// on a white page, in the pixel formats cameras deliver.

#include "items/qrcodeitem.h"

#include <QImage>
#include <QPainter>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <cstring>

namespace QrFrames {

// A 640×480 picture of `text` as a QR code, about half the height of the picture; an
// empty text gives a page with no code but some print-like clutter.
inline QImage picture(const QString &text, QSize size = {640, 480})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    if (text.isEmpty()) {
        painter.fillRect(QRect(40, 40, 200, 12), Qt::black);
        painter.fillRect(QRect(40, 80, 320, 12), Qt::darkGray);
        return image;
    }
    const QImage modules = QrCodeItem::render(text, 4);
    const int unit = qMax(1, size.height() / 2 / modules.width());
    const QSize drawn = modules.size() * unit;
    painter.drawImage(QRect(QPoint((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2), drawn),
                      modules);
    return image;
}

// `image` as a camera frame in `format` (ARGB/BGRA packed, NV12 or YUYV).
inline QVideoFrame frame(const QImage &image, QVideoFrameFormat::PixelFormat format)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const auto grey = [&rgb](int x, int y) { return uchar(qGray(rgb.pixel(x, y))); };
    for (int y = 0; y < rgb.height(); ++y) {
        uchar *line = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = rgb.pixel(x, y);
            switch (format) {
            case QVideoFrameFormat::Format_ARGB8888: {
                const uchar px[4] = {255, uchar(qRed(p)), uchar(qGreen(p)), uchar(qBlue(p))};
                std::memcpy(line + 4 * x, px, 4);
                break;
            }
            case QVideoFrameFormat::Format_BGRA8888: {
                const uchar px[4] = {uchar(qBlue(p)), uchar(qGreen(p)), uchar(qRed(p)), 255};
                std::memcpy(line + 4 * x, px, 4);
                break;
            }
            case QVideoFrameFormat::Format_NV12:
                line[x] = grey(x, y);
                break;
            case QVideoFrameFormat::Format_YUYV:
                line[2 * x] = grey(x, y);
                line[2 * x + 1] = 128;
                break;
            default:
                break;
            }
        }
    }
    if (format == QVideoFrameFormat::Format_NV12) {
        // Colourless: every chroma sample in the middle.
        for (int y = 0; y < rgb.height() / 2; ++y)
            std::memset(frame.bits(1) + y * frame.bytesPerLine(1), 128, size_t(frame.bytesPerLine(1)));
    }
    frame.unmap();
    return frame;
}

} // namespace QrFrames
