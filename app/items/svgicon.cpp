// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/svgicon.h"

#include <QFile>
#include <QPainter>
#include <QQuickWindow>
#include <QSvgRenderer>
#include <QtGlobal>

using namespace Qt::StringLiterals;

SvgIcon::SvgIcon(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SvgIcon::setName(const QString &name)
{
    if (m_name == name)
        return;
    const bool wasMirrored = isMirrored();
    m_name = name;
    // A missing pictogram is a bug (a new key without its SVG): say so, the tour fails on it.
    if (!m_name.isEmpty() && !exists(m_name))
        qWarning("SvgIcon: no pictogram %s", qPrintable(path(m_name)));
    Q_EMIT nameChanged();
    if (wasMirrored != isMirrored())
        Q_EMIT mirroredChanged();
    update();
}

void SvgIcon::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

void SvgIcon::setRightToLeft(bool rightToLeft)
{
    if (m_rightToLeft == rightToLeft)
        return;
    const bool wasMirrored = isMirrored();
    m_rightToLeft = rightToLeft;
    Q_EMIT rightToLeftChanged();
    if (wasMirrored != isMirrored()) {
        Q_EMIT mirroredChanged();
        update();
    }
}

void SvgIcon::paint(QPainter *painter)
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize pixels = (size() * dpr).toSize();
    QImage image = render(m_name, pixels, m_color, isMirrored());
    if (image.isNull())
        return;
    image.setDevicePixelRatio(dpr);
    painter->drawImage(QPointF(0, 0), image);
}

QString SvgIcon::path(const QString &name) { return u":/meedoen/icons/%1.svg"_s.arg(name); }

bool SvgIcon::exists(const QString &name)
{
    return !name.isEmpty() && QFile::exists(path(name)) && QSvgRenderer(path(name)).isValid();
}

bool SvgIcon::isDirectional(const QString &name) { return name == "back"_L1 || name == "next"_L1; }

QImage SvgIcon::render(const QString &name, QSize size, const QColor &color, bool mirrored)
{
    if (!exists(name) || size.isEmpty())
        return {};
    QSvgRenderer svg(path(name));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (mirrored) {
        painter.translate(size.width(), 0);
        painter.scale(-1, 1);
    }
    svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    // One colour: keep the drawing's shape (its alpha), fill it with the Theme's colour.
    painter.resetTransform();
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    return image;
}
