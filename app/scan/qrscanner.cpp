// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define ZX_USE_UTF8 1
#include "scan/qrscanner.h"

#include "core/personalcode.h"

#include <QVideoFrameFormat>
#include <ZXing/ReadBarcode.h>
#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// How zxing-cpp reads the first plane of a frame: the luminance of a YUV frame as it is,
// packed RGB through its own grey conversion. Nullopt when the format needs converting.
struct PlaneLayout
{
    ZXing::ImageFormat format;
    int offset = 0;          // bytes before the first pixel's luminance (packed YUV)
    int pixelStride = 0;     // 0: the format's own
};

std::optional<PlaneLayout> layoutOf(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    using Z = ZXing::ImageFormat;
    switch (format) {
    // Planar and semi-planar YUV: plane 0 is the luminance, one byte a pixel.
    case F::Format_Y8:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
        return PlaneLayout{Z::Lum};
    // Packed YUV 4:2:2: every other byte is a luminance.
    case F::Format_YUYV:
        return PlaneLayout{Z::Lum, 0, 2};
    case F::Format_UYVY:
        return PlaneLayout{Z::Lum, 1, 2};
    // Packed RGB, named by byte order in memory.
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return PlaneLayout{Z::XRGB};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return PlaneLayout{Z::BGRX};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return PlaneLayout{Z::XBGR};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return PlaneLayout{Z::RGBX};
    default:
        return std::nullopt;
    }
}

QString read(const ZXing::ImageView &view)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setMaxNumberOfSymbols(1);
    try {
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (!result.isValid())
            return {};
        return QString::fromStdString(result.text());
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace

QrScanner::QrScanner(QObject *parent) : QObject(parent)
{
    m_decoder.setMaxThreadCount(1);
}

QrScanner::~QrScanner()
{
    disconnect(m_frameConnection);
    m_decoder.waitForDone();
}

void QrScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    disconnect(m_frameConnection);
    m_sink = sink;
    if (sink)
        m_frameConnection = connect(sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    // A new activation starts afresh: a code shown before may be reported again, and a
    // frame still with the decoder belongs to the old one.
    ++m_activation;
    m_reported.clear();
    Q_EMIT activeChanged();
}

QString QrScanner::personalCodeIn(const QString &text)
{
    // A QR code is read exactly, so only the canonical form and what a person might have
    // encoded by hand (lower case, no hyphens) get through normalisation; bound the length
    // so a long text is not normalised at all.
    if (text.size() > 4 * Meedoen::kPersonalCodeSymbols)
        return {};
    return Meedoen::normalisePersonalCode(text).value_or(QString());
}

QString QrScanner::decode(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return {};
    const auto layout = layoutOf(frame.pixelFormat());
    if (!layout)
        return decode(frame.toImage());
    QVideoFrame mapped(frame);
    if (!mapped.map(QVideoFrame::ReadOnly))
        return {};
    QString text;
    if (const uchar *bits = mapped.bits(0)) {
        const ZXing::ImageView view(bits + layout->offset, mapped.width(), mapped.height(), layout->format,
                                    mapped.bytesPerLine(0), layout->pixelStride);
        text = read(view);
    }
    mapped.unmap();
    return text;
}

QString QrScanner::decode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return read(ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                 int(grey.bytesPerLine())));
}

void QrScanner::onFrame(const QVideoFrame &frame)
{
    // Drop the frame while the decoder is busy: the preview goes on, a later frame is read.
    if (!m_active || m_busy || !frame.isValid())
        return;
    m_busy = true;
    const quint64 activation = m_activation;
    m_decoder.start([this, frame, activation] {
        const QString text = decode(frame);
        QMetaObject::invokeMethod(this, [this, activation, text] { onDecoded(activation, text); },
                                  Qt::QueuedConnection);
    });
}

void QrScanner::onDecoded(quint64 activation, const QString &text)
{
    m_busy = false;
    if (text.isEmpty() || !m_active || activation != m_activation || m_reported.contains(text))
        return;
    m_reported.insert(text);
    Q_EMIT decoded(text);
}
