// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffintake.h"
#include "controllers/registrationcontroller.h"
#include "controllers/staffsession.h"
#include "core/bidi.h"
#include "items/qrcodeitem.h"

#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The QR code's size on paper, in the document's pixels (about 4 cm on A4).
constexpr int kQrPixels = 160;
const QUrl kQrResource(u"meedoen-receipt:qr"_s);

QString paragraph(const QString &text)
{
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString heading(const QString &text, int level)
{
    const QString tag = u"h"_s + QString::number(level);
    return u'<' + tag + u'>' + text.toHtmlEscaped() + u"</"_s + tag + u'>';
}

} // namespace

StaffIntake::StaffIntake(RegistrationController *registration, QObject *parent)
    : QObject(parent), m_registration(registration)
{
    connect(m_registration, &RegistrationController::tenantChanged, this, &StaffIntake::changed);
    // A sign-up made during the intake goes on the receipt.
    connect(m_registration, &RegistrationController::submittedSignup, this, [this] {
        if (!m_active || m_registration->referenceCode().isEmpty())
            return;
        m_signups.append({m_registration->signupId(), m_registration->opportunityTitle(),
                          m_registration->referenceCode(), m_registration->needsReview(), m_registration->isWaitlisted()});
        Q_EMIT changed();
    });
}

StaffIntake::~StaffIntake() = default;

void StaffIntake::setSession(StaffSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    // Locked (idle, or by hand) or signed out: the tenant's data leaves the screen at once.
    connect(m_session, &StaffSession::stageChanged, this, [this] {
        if (m_active && m_session->stage() != StaffSession::Stage::Unlocked)
            finish();
    });
}

bool StaffIntake::begin()
{
    if (!m_session || m_session->stage() != StaffSession::Stage::Unlocked || m_session->staffId().isEmpty())
        return false;
    // The button is hidden for roles without intake; this holds for any other way in.
    if (!m_session->requirePermission(Wire::Permission::Intake))
        return false;
    m_registration->beginIntake(m_session->staffId());
    m_active = true;
    m_signups.clear();
    m_printMessage.clear();
    Q_EMIT changed();
    Q_EMIT started();
    return true;
}

void StaffIntake::finish()
{
    const bool wasActive = m_active;
    m_registration->endIntake();
    m_active = false;
    m_signups.clear();
    m_printMessage.clear();
    Q_EMIT changed();
    if (wasActive)
        Q_EMIT ended();
}

QStringList StaffIntake::signups() const
{
    // The title is a run of its own direction, also inside an Arabic sentence. The tenant
    // keeps one code, their personal code; a sign-up's reference stays behind it.
    QStringList lines;
    for (const Signup &s : m_signups)
        lines.append(tr("%1. %2").arg(Meedoen::isolated(s.title), m_registration->receiptStatusOf(s.id, s.needsReview, s.waitlisted)));
    return lines;
}

QString StaffIntake::tenantName() const
{
    return m_active ? m_registration->intakeTenantName() : QString();
}

QString StaffIntake::personalCode() const
{
    return m_active && m_registration->isIntake() ? m_registration->tenantPersonalCode() : QString();
}

std::unique_ptr<QTextDocument> StaffIntake::receipt() const
{
    const QString code = personalCode();
    if (code.isEmpty())
        return nullptr;
    auto document = std::make_unique<QTextDocument>();
    const QImage qr = QrCodeItem::render(code, 2).scaled(kQrPixels, kQrPixels, Qt::KeepAspectRatio,
                                                         Qt::FastTransformation);
    document->addResource(QTextDocument::ImageResource, kQrResource, qr);
    QString html = heading(m_corporationName.isEmpty() ? u"Meedoen"_s : m_corporationName, 1) + heading(tr("Inschrijving voor Meedoen"), 2)
                   + paragraph(tr("Naam: %1").arg(tenantName()))
                   + heading(tr("Je persoonlijke code: %1").arg(code), 2)
                   + u"<p><img src=\"%1\" width=\"%2\" height=\"%2\"></p>"_s.arg(kQrResource.toString()).arg(kQrPixels)
                   + paragraph(tr("Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan "
                                  "zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij "
                                  "je wijkconsulent."));
    if (const QStringList lines = signups(); !lines.isEmpty()) {
        html += heading(tr("Aangemeld voor"), 3) + u"<ul>"_s;
        for (const QString &signup : lines)
            html += u"<li>"_s + signup.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    html += heading(tr("Wat gebeurt er nu?"), 3)
            + paragraph(tr("Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met "
                           "een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app."))
            + heading(tr("Je telefoon koppelen"), 3)
            + paragraph(tr("Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke "
                           "code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen "
                           "ook op je telefoon."));
    document->setHtml(html);
    return document;
}

bool StaffIntake::render(QPrinter &printer)
{
    const auto document = receipt();
    if (!document)
        return false;
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Meedoen-bon"));
    document->print(&printer);
    return printer.printerState() != QPrinter::Error;
}

bool StaffIntake::print()
{
    const QPrinterInfo printerInfo = QPrinterInfo::defaultPrinter();
    if (printerInfo.isNull()) {
        setPrintMessage(tr("Deze tablet heeft geen printer. Schrijf de code over of stel een printer in."));
        return false;
    }
    QPrinter printer(printerInfo, QPrinter::HighResolution);
    if (!render(printer)) {
        setPrintMessage(tr("Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer."));
        return false;
    }
    setPrintMessage(tr("De bon is naar de printer %1 gestuurd.").arg(printerInfo.description()));
    return true;
}

bool StaffIntake::writePdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    return render(printer);
}

void StaffIntake::setPrintMessage(const QString &message)
{
    m_printMessage = message;
    Q_EMIT changed();
}
