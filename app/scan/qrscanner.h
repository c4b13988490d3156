// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

// Reads QR codes from a camera preview: bind `videoSink` to a VideoOutput's videoSink and
// set `active`. Frames are decoded (zxing-cpp, QR only, on the luminance) on a worker
// thread; while one frame is being decoded every newer one is dropped, so the preview
// never waits for the decoder. Each distinct text is reported once per activation.
//
// What a code says can be personal data (a tenant's personal code): it is never logged.
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool isActive() const { return m_active; }
    void setActive(bool active);

    // The canonical personal code ("ABCD-EFGH-JKMN") that a scanned text holds, or an empty
    // string when it holds none (another text, or a wrong check symbol).
    Q_INVOKABLE static QString personalCodeIn(const QString &text);

    // The text of the QR code in `frame`, or an empty string. Maps the frame; any thread.
    static QString decode(const QVideoFrame &frame);
    // The same for an image (frames in a format the decoder cannot read directly).
    static QString decode(const QImage &image);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    // A QR code was read; `text` is what it says.
    void decoded(const QString &text);

private:
    void onFrame(const QVideoFrame &frame);
    void onDecoded(quint64 activation, const QString &text);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frameConnection;
    bool m_active = false;
    bool m_busy = false;             // a frame is with the decoder
    quint64 m_activation = 0;        // results of an earlier activation are dropped
    QSet<QString> m_reported;        // texts already reported in this activation
    QThreadPool m_decoder;           // one thread: at most one frame in flight
};
