// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QrScanner: camera frames in, each QR code's text out once per activation.
#include "core/personalcode.h"
#include "qrframes.h"
#include "scan/qrscanner.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVideoSink>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

class TestQrScanner : public QObject
{
    Q_OBJECT

private:
    QString code(quint32 seed)
    {
        QRandomGenerator rng(seed);
        return Meedoen::generatePersonalCode(rng);
    }

    // Shows a fresh frame of `text` to the camera, as a preview does, until the scanner has
    // reported `count` texts in all (frames that arrive while it decodes are dropped).
    static bool showUntil(QVideoSink &sink, const QString &text, QVideoFrameFormat::PixelFormat format,
                          QSignalSpy &spy, int count)
    {
        const QImage image = QrFrames::picture(text);
        QDeadlineTimer deadline(10000);
        while (spy.count() < count && !deadline.hasExpired()) {
            sink.setVideoFrame(QrFrames::frame(image, format));
            spy.wait(20);
        }
        return spy.count() >= count;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsAPersonalCodeOnce_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::newRow("argb") << QVideoFrameFormat::Format_ARGB8888;
        QTest::newRow("bgra") << QVideoFrameFormat::Format_BGRA8888;
        QTest::newRow("nv12") << QVideoFrameFormat::Format_NV12;
        QTest::newRow("yuyv") << QVideoFrameFormat::Format_YUYV;
    }

    void readsAPersonalCodeOnce()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        QVideoSink sink;
        QrScanner scanner;
        QSignalSpy spy(&scanner, &QrScanner::decoded);
        QVERIFY(spy.isValid());
        QVERIFY(spy.isValid());
        scanner.setVideoSink(&sink);
        scanner.setActive(true);

        const QString first = code(1);
        sink.setVideoFrame(QrFrames::frame(QrFrames::picture(first), format));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.constFirst().constFirst().toString(), first);

        // The same code held in front of the camera for many frames is reported once; the
        // next code shown after it is reported next.
        for (int i = 0; i < 5; ++i) {
            sink.setVideoFrame(QrFrames::frame(QrFrames::picture(first), format));
            QCoreApplication::processEvents();
        }
        const QString second = code(2);
        QVERIFY(showUntil(sink, second, format, spy, 2));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).constFirst().toString(), second);
    }

    void framesWithoutACodeReportNothing()
    {
        QVideoSink sink;
        QrScanner scanner;
        QSignalSpy spy(&scanner, &QrScanner::decoded);
        QVERIFY(spy.isValid());
        scanner.setVideoSink(&sink);
        scanner.setActive(true);
        for (int i = 0; i < 10; ++i) {
            sink.setVideoFrame(QrFrames::frame(QrFrames::picture(QString()), QVideoFrameFormat::Format_NV12));
            spy.wait(20);
        }
        QCOMPARE(spy.size(), 0);
        // The scanner was working all along: the first code shown is the first report.
        const QString shown = code(3);
        QVERIFY(showUntil(sink, shown, QVideoFrameFormat::Format_NV12, spy, 1));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.constFirst().constFirst().toString(), shown);
    }

    void anyTextIsReportedAsItIs()
    {
        QVideoSink sink;
        QrScanner scanner;
        QSignalSpy spy(&scanner, &QrScanner::decoded);
        QVERIFY(spy.isValid());
        scanner.setVideoSink(&sink);
        scanner.setActive(true);
        const QString other = u"https://example.org/ä"_s;
        QVERIFY(showUntil(sink, other, QVideoFrameFormat::Format_BGRA8888, spy, 1));
        QCOMPARE(spy.constFirst().constFirst().toString(), other);
        QCOMPARE(QrScanner::personalCodeIn(other), QString());
    }

    void inactiveReadsNothingAndReactivationReportsAgain()
    {
        QVideoSink sink;
        QrScanner scanner;
        QSignalSpy spy(&scanner, &QrScanner::decoded);
        QVERIFY(spy.isValid());
        scanner.setVideoSink(&sink);
        const QString shown = code(4);
        // Not active: frames go by unread.
        for (int i = 0; i < 10; ++i) {
            sink.setVideoFrame(QrFrames::frame(QrFrames::picture(shown), QVideoFrameFormat::Format_NV12));
            spy.wait(20);
        }
        QCOMPARE(spy.size(), 0);
        scanner.setActive(true);
        QVERIFY(showUntil(sink, shown, QVideoFrameFormat::Format_NV12, spy, 1));
        // Closed and opened again: the same code counts as new.
        scanner.setActive(false);
        scanner.setActive(true);
        QVERIFY(showUntil(sink, shown, QVideoFrameFormat::Format_NV12, spy, 2));
        QCOMPARE(spy.at(1).constFirst().toString(), shown);
    }

    void aNewSinkIsFollowed()
    {
        QVideoSink first;
        QVideoSink second;
        QrScanner scanner;
        QSignalSpy spy(&scanner, &QrScanner::decoded);
        QVERIFY(spy.isValid());
        scanner.setVideoSink(&first);
        scanner.setActive(true);
        scanner.setVideoSink(&second);
        const QString shown = code(5);
        for (int i = 0; i < 10; ++i) {
            first.setVideoFrame(QrFrames::frame(QrFrames::picture(shown), QVideoFrameFormat::Format_NV12));
            spy.wait(20);
        }
        QCOMPARE(spy.size(), 0);
        QVERIFY(showUntil(second, shown, QVideoFrameFormat::Format_NV12, spy, 1));
    }

    void personalCodeIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isCode");
        const QString valid = code(6);
        QTest::newRow("canonical") << valid << true;
        QTest::newRow("lower case, no hyphens") << valid.toLower().remove(u'-') << true;
        QString wrongCheck = valid;
        wrongCheck[wrongCheck.size() - 1] = wrongCheck.back() == u'2' ? u'3' : u'2';
        QTest::newRow("wrong check symbol") << wrongCheck << false;
        QTest::newRow("reference code") << u"ABCD-EFGH"_s << false;
        QTest::newRow("web address") << u"https://example.org/"_s << false;
        QTest::newRow("code inside a long text") << (u"x"_s.repeated(100) + valid) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void personalCodeIn()
    {
        QFETCH(QString, text);
        QFETCH(bool, isCode);
        const QString found = QrScanner::personalCodeIn(text);
        QCOMPARE(!found.isEmpty(), isCode);
        if (isCode)
            QCOMPARE(found, Meedoen::normalisePersonalCode(text).value());
    }
};

QTEST_MAIN(TestQrScanner)
#include "tst_qrscanner.moc"
