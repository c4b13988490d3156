// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/receiptprinter.h"
#include "controllers/registrationcontroller.h"
#include "core/bidi.h"
#include "items/qrcodeitem.h"

#include <QDir>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace {

// Sizes on paper, in printer dots (ReceiptPrinter::kDotsPerMm to the millimetre).
constexpr qreal kMargin = 4 * ReceiptPrinter::kDotsPerMm;       // a receipt printer's own margin
constexpr qreal kGap = 2.5 * ReceiptPrinter::kDotsPerMm;
constexpr int kTitlePixels = 36;                                  // 4.5 mm
constexpr int kBodyPixels = 26;                                   // about 9 pt
constexpr int kCodePixels = 60;                                   // 7.5 mm, the largest that fits 14 symbols
constexpr int kQrQuietModules = 4;                                // the QR standard's quiet zone
constexpr qreal kQrMaxSide = 40 * ReceiptPrinter::kDotsPerMm;
constexpr qreal kRuleWidth = 2;

QFont textFont(int pixels, bool bold = false)
{
    QFont font(u"Noto Sans"_s);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// A code font that tells B from 8 and 0 from O (core/personalcode.h).
QFont codeFont(int pixels)
{
    QFont font(u"DejaVu Sans Mono"_s);
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(pixels);
    font.setBold(true);
    return font;
}

} // namespace

ReceiptPrinter::ReceiptPrinter(RegistrationController *registration, QObject *parent)
    : QObject(parent), m_registration(registration)
{
    // A new receipt (or none) shows no message of the last one; another language, its words.
    connect(m_registration, &RegistrationController::receiptChanged, this, &ReceiptPrinter::messageChanged);
}

void ReceiptPrinter::usePrinter(const QString &name)
{
    m_configured = true;
    m_printerName = name.trimmed();
    m_pdfFolder.clear();
    refresh();
}

void ReceiptPrinter::usePdfFolder(const QString &dir)
{
    m_configured = true;
    m_pdfFolder = dir;
    QDir().mkpath(dir);
    refresh();
}

void ReceiptPrinter::refresh()
{
    bool available = false;
    if (!m_pdfFolder.isEmpty())
        available = QDir(m_pdfFolder).exists();
    else if (m_configured)
        available = !(m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter()
                                              : QPrinterInfo::printerInfo(m_printerName)).isNull();
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

ReceiptPrinter::Receipt ReceiptPrinter::receipt() const
{
    Receipt r;
    if (!m_registration || m_registration->receiptCode().isEmpty() || m_registration->isReceiptRefused())
        return r;
    // The tenant's language, with Western digits also in Arabic (Meedoen::uiLocale, made the
    // default by AppContext::setLanguage).
    const QLocale locale;
    r.direction = locale.textDirection();
    r.title = m_corporationName.isEmpty() ? u"Meedoen"_s : m_corporationName;
    r.activity = m_registration->isWaitlisted()
        ? tr("Je staat op de wachtlijst voor: %1").arg(Meedoen::isolated(m_registration->opportunityTitle()))
        : tr("Je hebt je aangemeld voor: %1").arg(Meedoen::isolated(m_registration->opportunityTitle()));
    r.date = locale.toString(m_registration->submittedAt().toLocalTime().date(), QLocale::LongFormat);
    r.codeLabel = m_registration->isReceiptCodeNew() ? tr("Je persoonlijke code:")
                                                     : tr("Je aanmelding staat bij je persoonlijke code:");
    r.code = m_registration->receiptCode();
    r.nextStep = m_registration->receiptStatus();
    r.keep = tr("Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.");
    return r;
}

qreal ReceiptPrinter::layout(QPainter *painter, const Receipt &receipt)
{
    // Without a painter, measure on a scratch image: the same fonts give the same lines.
    QImage scratch;
    QPainter measuring;
    if (!painter) {
        scratch = QImage(1, 1, QImage::Format_RGB32);
        measuring.begin(&scratch);
    }
    QPainter &p = painter ? *painter : measuring;
    const bool drawing = painter != nullptr;
    const qreal width = kPaperWidthMm * kDotsPerMm - 2 * kMargin;
    qreal y = kMargin;

    // One paragraph, wrapped to the paper, aligned to the page's reading direction (or
    // centred). Its words run in their own direction: a sentence still in Dutch on an Arabic
    // receipt (a missing translation) stays readable.
    const auto paragraph = [&](const QString &text, const QFont &font, Qt::Alignment alignment,
                               Qt::LayoutDirection direction) {
        if (text.isEmpty())
            return;
        QTextOption option(alignment | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::WordWrap);
        option.setTextDirection(direction);
        p.setFont(font);
        const QRectF bounds = p.boundingRect(QRectF(kMargin, y, width, 1e6), text, option);
        if (drawing)
            p.drawText(QRectF(kMargin, y, width, bounds.height()), text, option);
        y += bounds.height() + kGap;
    };
    // The start of the line: the right edge in a right-to-left language.
    const Qt::Alignment start = receipt.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::LayoutDirection words = Qt::LayoutDirectionAuto;

    if (drawing) {
        p.setPen(Qt::black);
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    paragraph(receipt.title, textFont(kTitlePixels, true), start, words);
    if (drawing)
        p.fillRect(QRectF(kMargin, y - kGap / 2, width, kRuleWidth), Qt::black);
    paragraph(receipt.activity, textFont(kBodyPixels, true), start, words);
    paragraph(receipt.date, textFont(kBodyPixels), start, words);
    paragraph(receipt.codeLabel, textFont(kBodyPixels), start, words);

    // The code on one line, left to right in every language, as large as the paper allows.
    QFont code = codeFont(kCodePixels);
    p.setFont(code);
    if (const qreal wide = p.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft, receipt.code).width(); wide > width)
        code.setPixelSize(int(kCodePixels * width / wide));
    paragraph(receipt.code, code, Qt::AlignHCenter, Qt::LeftToRight);

    // The QR code of the same personal code: whole dots per module, so it scans.
    const QImage modules = QrCodeItem::render(receipt.code, kQrQuietModules);
    if (!modules.isNull()) {
        const int unit = qMax(1, int(kQrMaxSide) / modules.width());
        const QImage qr = modules.scaled(modules.size() * unit, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        if (drawing)
            p.drawImage(QPointF(kMargin + (width - qr.width()) / 2, y), qr);
        y += qr.height() + kGap;
    }
    paragraph(receipt.nextStep, textFont(kBodyPixels), start, words);
    paragraph(receipt.keep, textFont(kBodyPixels), start, words);
    return y - kGap + kMargin;
}

bool ReceiptPrinter::render(QPrinter &printer, const Receipt &receipt)
{
    // As long as the receipt: a roll printer cuts after it, wasting no paper.
    const qreal heightMm = layout(nullptr, receipt) / kDotsPerMm;
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setPageSize(QPageSize(QSizeF(kPaperWidthMm, heightMm), QPageSize::Millimeter, tr("Meedoen-bon"),
                                  QPageSize::ExactMatch));
    printer.setDocName(tr("Meedoen-bon"));
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const qreal scale = printer.resolution() / 25.4 / kDotsPerMm;
    painter.scale(scale, scale);
    layout(&painter, receipt);
    return painter.end() && printer.printerState() != QPrinter::Error;
}

bool ReceiptPrinter::print()
{
    const Receipt r = receipt();
    if (r.code.isEmpty())
        return false;
    refresh();
    bool printed = false;
    if (!m_pdfFolder.isEmpty()) {
        printed = writePdf(QDir(m_pdfFolder).filePath(u"receipt-%1.pdf"_s.arg(++m_pdfCount)));
    } else if (m_available) {
        const QPrinterInfo info = m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                          : QPrinterInfo::printerInfo(m_printerName);
        QPrinter printer(info, QPrinter::HighResolution);
        printed = !info.isNull() && render(printer, r);
    }
    if (!printed)
        qWarning("the receipt could not be printed");
    setOutcome(printed ? Outcome::Sent : Outcome::Failed);
    return printed;
}

bool ReceiptPrinter::writePdf(const QString &path)
{
    const Receipt r = receipt();
    if (r.code.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    return render(printer, r);
}

QString ReceiptPrinter::message() const
{
    switch (currentOutcome()) {
    case Outcome::None:
        return {};
    case Outcome::Sent:
        return tr("Je bon komt uit de printer.");
    case Outcome::Failed:
        return tr("Printen lukt nu niet. Schrijf je code op of maak er een foto van.");
    }
    return {};
}

ReceiptPrinter::Outcome ReceiptPrinter::currentOutcome() const
{
    if (!m_registration || m_registration->signupId().isEmpty() || m_registration->signupId() != m_outcomeSignupId)
        return Outcome::None;
    return m_outcome;
}

void ReceiptPrinter::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    m_outcomeSignupId = m_registration ? m_registration->signupId() : QString();
    Q_EMIT messageChanged();
}
