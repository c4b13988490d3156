// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class QPainter;
class QPrinter;
class RegistrationController;

// The kiosk's receipt on its receipt printer (80 mm roll paper, through Qt Print Support and
// CUPS): the tenant's personal code in large letters with its QR code, the activity, the date
// and what happens next, in the language the tenant chose. Only a kiosk given a printer
// (usePrinter(), from MEEDOEN_KIOSK_PRINTER) offers it; a phone or staff tablet never does.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    // A printer is set up and CUPS knows it: the receipt shows "Print je bon".
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    // What the last print of this receipt did, in words ("" before, and for the next receipt).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ hasFailed NOTIFY messageChanged)

public:
    // What goes on paper, already in the tenant's language.
    struct Receipt
    {
        QString title;       // the corporation, or "Meedoen"
        QString activity;    // "Je aanmelding voor: …"
        QString date;
        QString codeLabel;
        QString code;        // the personal code, printed left to right
        QString nextStep;    // what happens with the sign-up
        QString keep;        // keep the slip: the code signs you up faster
        Qt::LayoutDirection direction = Qt::LeftToRight;
    };

    explicit ReceiptPrinter(RegistrationController *registration, QObject *parent = nullptr);

    // This kiosk prints on the CUPS queue `name`, or on the system's default printer when
    // `name` is empty. Without this call nothing is offered.
    void usePrinter(const QString &name);
    // The tour: "prints" to PDF files in `dir`, so its screenshots show the button.
    void usePdfFolder(const QString &dir);
    void setCorporationName(const QString &name) { m_corporationName = name; }

    bool isAvailable() const { return m_available; }
    QString message() const;
    bool hasFailed() const { return currentOutcome() == Outcome::Failed; }

    // Asks CUPS again whether the printer is there (the receipt page, as it opens).
    Q_INVOKABLE void refresh();
    // Prints the receipt on show; false, with message saying what to do, when it failed.
    Q_INVOKABLE bool print();
    // The same receipt as a PDF file of the same 80 mm page.
    bool writePdf(const QString &path);

    // The receipt on show in the language installed now; empty code when there is nothing to print.
    Receipt receipt() const;
    // Lays the receipt out on a page kPaperWidthMm wide and returns the height it takes, in
    // dots (kDotsPerMm to the millimetre). Draws when `painter` is given, else only measures.
    static qreal layout(QPainter *painter, const Receipt &receipt);

    static constexpr qreal kPaperWidthMm = 80;
    static constexpr qreal kDotsPerMm = 8; // 203 dpi: a thermal receipt printer's head

Q_SIGNALS:
    void availableChanged();
    void messageChanged();

private:
    enum class Outcome { None, Sent, Failed };
    bool render(QPrinter &printer, const Receipt &receipt);
    Outcome currentOutcome() const;
    void setOutcome(Outcome outcome);

    QPointer<RegistrationController> m_registration;
    QString m_corporationName;
    bool m_configured = false;
    QString m_printerName;
    QString m_pdfFolder;
    bool m_available = false;
    int m_pdfCount = 0;
    // The outcome belongs to one sign-up's receipt: another receipt (or none) shows none.
    Outcome m_outcome = Outcome::None;
    QString m_outcomeSignupId;
};
