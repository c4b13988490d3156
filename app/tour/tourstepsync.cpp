// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour/tourstepsync.h"
#include "controllers/appcontext.h"
#include "items/accessiblekeeper.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRect>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

TourStepSync *TourStepSync::s_instance = nullptr;

TourStepSync::TourStepSync(AppContext *context, bool enabled, QObject *parent)
    : QObject(parent), m_context(context), m_enabled(enabled)
{
    if (!s_instance)
        s_instance = this;
    if (m_enabled) {
        m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_input, &QSocketNotifier::activated, this, &TourStepSync::readInput);
    }
}

TourStepSync::~TourStepSync()
{
    if (s_instance == this)
        s_instance = nullptr;
}

TourStepSync *TourStepSync::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void TourStepSync::stepShown(QQuickWindow *window, const QString &name)
{
    if (!m_enabled)
        return;
    m_window = window;
    m_step = name;
    setWaiting(true);
    announce();
}

namespace {

// Every item shown in part only (cut off by a Flickable or another clipping ancestor): its
// rectangle and the part of it that is on view, both in the window. The screen reader does
// not get this from Qt, so the test reads it here to tell real overlaps from hidden ones.
void printClipped(const QQuickItem *item, const QRectF &clip)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF shown = rect.intersected(clip);
    if (shown != rect && rect.width() > 0 && rect.height() > 0) {
        const QRect r = rect.toAlignedRect();
        const QRect v = shown.toAlignedRect();
        std::printf("clipped %d %d %d %d %d %d %d %d\n", r.x(), r.y(), r.width(), r.height(), v.x(), v.y(),
                    v.width(), v.height());
    }
    const QRectF childClip = item->clip() ? clip.intersected(rect) : clip;
    for (const QQuickItem *child : item->childItems())
        printClipped(child, childClip);
}

} // namespace

void TourStepSync::announce()
{
    if (m_window)
        printClipped(m_window->contentItem(), QRectF(0, 0, m_window->width(), m_window->height()));
    // What QML declared (A11y.role), for the test to find in the accessible tree.
    for (const AccessibleKeeper::Declared &d : AccessibleKeeper::declaredIn(m_window)) {
        const QRect r = d.rect.toAlignedRect();
        std::printf("declared %d %d %d %d %d %d %s\n", d.role, d.checked, r.x(), r.y(), r.width(), r.height(),
                    QString(d.name).replace(u'\n', u' ').toUtf8().constData());
    }
    std::printf("tour-step %s %s\n", qPrintable(m_step), qPrintable(m_context->language()));
    std::fflush(stdout);
}

void TourStepSync::readInput()
{
    char chunk[256];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        // The walker is gone: the tour cannot go on, so it ends with an error.
        m_input->setEnabled(false);
        std::fputs("meedoen: --tour-step-sync: standard input closed\n", stderr);
        QCoreApplication::exit(1);
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        handleLine(line);
    }
}

void TourStepSync::handleLine(const QByteArray &line)
{
    if (!m_waiting)
        return;
    if (line == "next") {
        setWaiting(false);
    } else if (line.startsWith("lang ")) {
        m_context->setLanguage(QString::fromUtf8(line.mid(5)));
        // Announced once the screen in that language has been drawn.
        if (m_window) {
            connect(m_window, &QQuickWindow::frameSwapped, this, &TourStepSync::announce, Qt::SingleShotConnection);
            m_window->update();
        } else {
            announce();
        }
    } else {
        std::fprintf(stderr, "meedoen: --tour-step-sync: unknown line %s\n", line.constData());
    }
}

void TourStepSync::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    emit waitingChanged();
}
