// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tenant's receipt: one code (their personal code; the sign-up's reference code stays
// behind it) and, at a kiosk, the same on its receipt printer. The printed page is rendered
// to PDF and read back as a tenant would read the paper: its text (pdftotext) and its QR code
// (pdfimages, then decoded).

// text() as UTF-8 (ZXing 1.4 otherwise warns, and -Werror stops the build).
#define ZX_USE_UTF8 1
#include "common/uitesting.h"
#include "core/personalcode.h"

#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace Qt::StringLiterals;

class TestReceiptPrinter : public QObject
{
    Q_OBJECT

    // The kiosk as main.cpp builds it: its registration, its printer, its language.
    std::unique_ptr<UiTesting::TestApp> m_app;
    RegistrationController *m_registration = nullptr;
    ReceiptPrinter *m_printer = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;

    void fillNewTenant()
    {
        m_registration->setField(u"givenName"_s, u"Fatma"_s);
        m_registration->setField(u"familyName"_s, u"Yılmaz"_s);
        m_registration->setField(u"phone"_s, u"06 12345678"_s);
        m_registration->setField(u"postcode"_s, u"3083bk"_s);
        m_registration->setField(u"houseNumber"_s, u"12"_s);
        m_registration->setField(u"birthDay"_s, u"3"_s);
        m_registration->setField(u"birthMonth"_s, u"4"_s);
        m_registration->setField(u"birthYear"_s, u"1985"_s);
    }

    // A new tenant signs up for the language café; the receipt's personal code.
    QString signUpNewTenant()
    {
        if (!m_registration->begin(u"wlw-taal-01"_s))
            return {};
        fillNewTenant();
        if (!m_registration->submit())
            return {};
        return m_registration->receiptCode();
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        const QString exe = QStandardPaths::findExecutable(program);
        if (exe.isEmpty())
            qFatal("%s (poppler-utils, scripts/setup-deps.sh) is needed", qPrintable(program));
        QProcess p;
        p.start(exe, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The PDF's text as pdftotext reads it, and its page size.
    static QString pdfText(const QString &path) { return run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}); }
    static QSizeF pdfPageMm(const QString &path)
    {
        const auto m = QRegularExpression(uR"(Page size:\s+([\d.]+) x ([\d.]+) pts)"_s).match(run(u"pdfinfo"_s, {path}));
        return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) * 25.4 / 72 : QSizeF();
    }

    // The text as a reader sees it: presentation forms back to letters (pdftotext gives
    // Arabic as shaped glyphs), no direction marks.
    static QString readable(const QString &text)
    {
        static const QRegularExpression marks(u"[\u200E\u200F\u202A-\u202E\u2066-\u2069]"_s);
        return text.normalized(QString::NormalizationForm_KC).remove(marks).simplified();
    }
    // The words of a sentence (of three letters or more): the order of words on paper is the
    // reading direction's, and pdftotext does not always give it back.
    static QStringList words(const QString &sentence)
    {
        static const QRegularExpression word(u"\\w{3,}"_s, QRegularExpression::UseUnicodePropertiesOption);
        QStringList found;
        for (auto it = word.globalMatch(readable(sentence)); it.hasNext();)
            found.append(it.next().captured());
        return found;
    }

    // Every QR code on the page, decoded.
    QStringList pdfQrCodes(const QString &path)
    {
        const QString prefix = m_dir->filePath(u"img"_s);
        run(u"pdfimages"_s, {u"-png"_s, path, prefix});
        QStringList codes;
        for (const QFileInfo &file : QDir(m_dir->path()).entryInfoList({u"img-*.png"_s})) {
            const QImage image = QImage(file.filePath()).convertToFormat(QImage::Format_Grayscale8);
            ZXing::DecodeHints hints;
            hints.setFormats(ZXing::BarcodeFormat::QRCode);
            const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                        int(image.bytesPerLine()));
            if (const ZXing::Result result = ZXing::ReadBarcode(view, hints); result.isValid())
                codes.append(QString::fromStdString(result.text()));
            QFile::remove(file.filePath());
        }
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // As main.cpp: Dutch dates until a tenant picks another language.
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        m_app = std::make_unique<UiTesting::TestApp>(AppMode::Kiosk);
        m_registration = m_app->context().registration();
        m_registration->setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); });
        m_printer = m_app->context().receiptPrinter();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_app->context().setLanguage(u"nl"_s);
        m_app.reset();
        m_dir.reset();
    }

    // A new tenant's receipt carries the personal code they were given, not the sign-up's.
    void newTenantGetsTheirPersonalCode()
    {
        const QString code = signUpNewTenant();
        QVERIFY(Meedoen::normalisePersonalCode(code));
        QCOMPARE(code, m_registration->newPersonalCode());
        QVERIFY(m_registration->isReceiptCodeNew());
        QVERIFY(!m_registration->referenceCode().isEmpty());
        QVERIFY(code != m_registration->referenceCode());
        QCOMPARE(m_printer->receipt().code, code);
        m_registration->reset();
        QCOMPARE(m_registration->receiptCode(), QString());
        QCOMPARE(m_printer->receipt().code, QString());
    }

    // A returning tenant at a kiosk: the sign-up goes with the code they typed, and the
    // receipt says it was added to that code (no new code to learn).
    void returningTenantKeepsTheirCode()
    {
        QRandomGenerator rng(7);
        const QString code = Meedoen::generatePersonalCode(rng);
        QVERIFY(m_registration->begin(u"wlw-taal-01"_s));
        m_registration->setReturning(true);
        m_registration->setField(u"personalCode"_s, code.toLower().remove(u'-'));
        m_registration->setField(u"birthDay"_s, u"3"_s);
        m_registration->setField(u"birthMonth"_s, u"4"_s);
        m_registration->setField(u"birthYear"_s, u"1985"_s);
        QVERIFY2(m_registration->submit(), qPrintable(m_registration->submitError()));
        QCOMPARE(m_registration->receiptCode(), code);
        QVERIFY(!m_registration->isReceiptCodeNew());
        QCOMPARE(m_registration->newPersonalCode(), QString());
        const ReceiptPrinter::Receipt r = m_printer->receipt();
        QCOMPARE(r.code, code);
        QCOMPARE(r.codeLabel, u"Je aanmelding staat bij je persoonlijke code:"_s);
    }

    // The server refused the sign-up (the code is locked): no code to keep, nothing to print.
    void refusedSignupHasNoCodeToPrint()
    {
        QVERIFY(!signUpNewTenant().isEmpty());
        QVERIFY(!m_registration->isReceiptRefused());
        QSignalSpy changed(m_registration, &RegistrationController::receiptChanged);
        QVERIFY(changed.isValid());
        QVERIFY(m_app->services().registrations().applyOutcome(m_registration->signupId(), Meedoen::SignupState::Declined, 0,
                                                         u"code-locked"_s, 1));
        m_registration->signupOutcomeArrived(m_registration->signupId());
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_registration->isReceiptRefused());
        QVERIFY(m_registration->receiptStatus().contains(u"op slot"_s));
        QCOMPARE(m_printer->receipt().code, QString());
        QVERIFY(!m_printer->writePdf(m_dir->filePath(u"refused.pdf"_s)));
    }

    // The paper in Dutch and in Arabic: 80 mm wide, the personal code in one piece (left to
    // right, Western digits), its QR code, the activity, the date in the tenant's language,
    // what happens next — and never the sign-up's reference code.
    void printedReceipt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("month");
        QTest::newRow("nl") << u"nl"_s << u"november"_s;
        QTest::newRow("ar") << u"ar"_s << QLocale(u"ar"_s).monthName(11);
    }
    void printedReceipt()
    {
        QFETCH(QString, language);
        QFETCH(QString, month);
        const QString code = signUpNewTenant();
        QVERIFY(!code.isEmpty());
        // The tenant chose their language on the receipt screen: its words and its dates.
        m_app->context().setLanguage(language);
        const ReceiptPrinter::Receipt r = m_printer->receipt();
        QCOMPARE(r.direction, language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);

        const QString path = m_dir->filePath(u"bon-%1.pdf"_s.arg(language));
        QVERIFY(m_printer->writePdf(path));
        const QSizeF page = pdfPageMm(path);
        QVERIFY2(qAbs(page.width() - ReceiptPrinter::kPaperWidthMm) < 0.5, qPrintable(QString::number(page.width())));
        QVERIFY2(page.height() > 80 && page.height() < 300, qPrintable(QString::number(page.height())));

        const QString text = readable(pdfText(path));
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY2(!text.contains(m_registration->referenceCode()), qPrintable(text));
        QVERIFY2(text.contains(month), qPrintable(text));
        QVERIFY2(text.contains(u"20"_s) && text.contains(u"2026"_s), qPrintable(text));
        static const QRegularExpression easternDigits(u"[\u0660-\u0669\u06F0-\u06F9]"_s);
        QVERIFY2(!text.contains(easternDigits), qPrintable(text));
        // The activity, and the words in the language installed now (Dutch where a
        // translation is missing).
        for (const QString &sentence : {m_registration->opportunityTitle(), r.codeLabel, r.nextStep, r.keep}) {
            QVERIFY2(!words(sentence).isEmpty(), qPrintable(sentence));
            for (const QString &word : words(sentence))
                QVERIFY2(text.contains(word), qPrintable(word + u" is not on paper:\n"_s + text));
        }
        QCOMPARE(pdfQrCodes(path), QStringList{code});
    }

    // A phone or staff tablet never offers printing; a kiosk only with a printer CUPS knows.
    // Failing to print says what to do instead, for this receipt only.
    void printingWhereThereIsAPrinter()
    {
        QSignalSpy available(m_printer, &ReceiptPrinter::availableChanged);
        QVERIFY(available.isValid());
        m_printer->refresh();
        QVERIFY(!m_printer->isAvailable()); // not configured: a phone, a staff tablet
        m_printer->usePrinter(u"meedoen-test-no-such-printer"_s);
        QVERIFY(!m_printer->isAvailable());
        QCOMPARE(available.count(), 0);

        QVERIFY(!signUpNewTenant().isEmpty());
        QCOMPARE(m_printer->message(), QString());
        QVERIFY(!m_printer->print());
        QVERIFY(m_printer->hasFailed());
        QVERIFY2(m_printer->message().startsWith(u"Printen lukt nu niet."_s), qPrintable(m_printer->message()));
        // The next tenant's receipt starts without it.
        m_registration->reset();
        QCOMPARE(m_printer->message(), QString());
        QVERIFY(!m_printer->hasFailed());

        // A printer that takes the job (here: PDF files in a folder, as the tour's).
        const QString folder = m_dir->filePath(u"printed"_s);
        m_printer->usePdfFolder(folder);
        QVERIFY(m_printer->isAvailable());
        QCOMPARE(available.count(), 1);
        const QString code = signUpNewTenant();
        QVERIFY(m_printer->print());
        QVERIFY(!m_printer->hasFailed());
        QCOMPARE(m_printer->message(), u"Je bon komt uit de printer."_s);
        const QStringList printed = QDir(folder).entryList({u"*.pdf"_s});
        QCOMPARE(printed.size(), 1);
        QVERIFY(pdfText(QDir(folder).filePath(printed.constFirst())).contains(code));
    }
};

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
