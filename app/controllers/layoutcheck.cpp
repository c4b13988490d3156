// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/layoutcheck.h"

#include <QColor>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Less than this (in pixels) is antialiasing or a rounding of layouts, not a fault.
constexpr qreal kSlack = 2.0;

// One visible item as the walk found it, in scene coordinates.
struct Seen
{
    QQuickItem *item = nullptr;
    QRectF painted;        // where its text or body is drawn
    QRectF visible;        // what of it the clipping ancestors and the window let through
    bool scrollsDown = false;   // a flickable around it can bring it into view vertically
    bool scrollsAcross = false; // ... or horizontally
    int order = 0;         // paint order: later items are drawn over earlier ones
};

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
}

bool isControl(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox")
        || item->inherits("QQuickSlider") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")
        || item->activeFocusOnTab();
}

// An opaque enough plane that hides what lies under it (a page's body, a dialog's dim).
bool isCover(const QQuickItem *item)
{
    if (!item->inherits("QQuickRectangle"))
        return false;
    return item->property("color").value<QColor>().alphaF() >= 0.5;
}

QString describe(const QQuickItem *item)
{
    QString text = item->property("text").toString().simplified();
    if (text.size() > 40)
        text = text.left(39) + u'…';
    const QString name = item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                                      : item->objectName();
    return text.isEmpty() ? name : u"\"%1\""_s.arg(text);
}

// The first word of a wrapping label that is wider than the label's line, so that the text
// breaks it in two ("Huisnum-" over "mer"); empty when every word fits.
QString brokenWord(const QQuickItem *text)
{
    const int wrap = text->property("wrapMode").toInt();
    // NoWrap draws one line (elided or cut: found elsewhere); WrapAnywhere breaks on purpose.
    constexpr int kNoWrap = 0;
    constexpr int kWrapAnywhere = 3;
    if (wrap == kNoWrap || wrap == kWrapAnywhere || text->property("textFormat").toInt() == 1 /* RichText */)
        return {};
    // A label that fits its text by size draws it smaller than its font says; with words
    // that do not break, a word too long even then overflows (found as cut or overlapping).
    if (text->property("fontSizeMode").toInt() != 0 /* FixedSize */ && wrap == 1 /* WordWrap */)
        return {};
    const qreal line = text->width() - text->property("leftPadding").toReal() - text->property("rightPadding").toReal();
    if (line <= 0)
        return {};
    const QFontMetricsF metrics(text->property("font").value<QFont>());
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression tag(u"<[^>]*>"_s); // styled text: the tags are not drawn
    QString shown = text->property("text").toString();
    if (text->property("textFormat").toInt() != 0 /* PlainText */)
        shown.replace(tag, u" "_s);
    const QStringList words = shown.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // The text breaks a word as soon as it is wider than the line, by any fraction.
        if (metrics.horizontalAdvance(word) > line + 0.01)
            return word;
    }
    return {};
}

QString rectText(const QRectF &r)
{
    return u"%1,%2 %3×%4"_s.arg(qRound(r.x())).arg(qRound(r.y())).arg(qRound(r.width())).arg(qRound(r.height()));
}

// A flickable's content size, or its own where it sets none (-1).
qreal extent(qreal content, qreal own)
{
    return content > 0 ? content : own;
}

class Walk
{
public:
    explicit Walk(QQuickWindow *window) : m_window(QRectF(0, 0, window->width(), window->height())) {}

    struct Around
    {
        QRectF clip;
        bool scrollsDown = false;
        bool scrollsAcross = false;
        qreal opacity = 1.0;
        const QQuickItem *content = nullptr; // the nearest flickable's contentItem
        QRectF contentArea;                  // what of it the flickable scrolls through
    };

    void visit(QQuickItem *item, Around around)
    {
        around.opacity *= item->opacity();
        if (!item->isVisible() || qFuzzyIsNull(around.opacity))
            return;
        // A list keeps delegates it does not show (culled, outside its content): not drawn.
        if (around.content && item->parentItem() == around.content
            && !around.contentArea.intersects(QRectF(item->x(), item->y(), std::max<qreal>(item->width(), 1),
                                                     std::max<qreal>(item->height(), 1))))
            return;
        const QRectF body = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const int order = ++m_order;
        const bool flickable = item->inherits("QQuickFlickable");
        // A flickable shows only its own rectangle, whether or not it sets clip.
        if (item->clip() || flickable)
            around.clip &= body;
        if (isText(item) && !item->property("text").toString().trimmed().isEmpty()) {
            const QRectF painted = item->mapRectToScene(item->boundingRect());
            m_texts.push_back({item, painted, painted & around.clip, around.scrollsDown, around.scrollsAcross, order});
        }
        if (isControl(item) && body.width() > 0 && body.height() > 0)
            m_controls.push_back({item, body, body & around.clip, around.scrollsDown, around.scrollsAcross, order});
        // A check box's or switch's box: words must not run under it.
        if (item->inherits("QQuickAbstractButton")) {
            if (auto *indicator = item->property("indicator").value<QQuickItem *>())
                m_indicatorItems.insert(indicator);
        }
        if (m_indicatorItems.contains(item) && body.width() > 0 && body.height() > 0)
            m_indicators.push_back({item, body, body & around.clip, false, false, order});
        if (isCover(item))
            m_covers.push_back({item, body, body & around.clip, false, false, order});
        if (flickable) {
            around.content = item->property("contentItem").value<QQuickItem *>();
            around.contentArea = QRectF(item->property("originX").toReal(), item->property("originY").toReal(),
                                        extent(item->property("contentWidth").toReal(), item->width()),
                                        extent(item->property("contentHeight").toReal(), item->height()));
            around.scrollsDown = around.scrollsDown || item->property("contentHeight").toReal() > item->height() + kSlack;
            around.scrollsAcross = around.scrollsAcross || item->property("contentWidth").toReal() > item->width() + kSlack;
        }
        // Siblings paint in the order of z, then of declaration.
        QList<QQuickItem *> children = item->childItems();
        std::stable_sort(children.begin(), children.end(),
                         [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
        for (QQuickItem *child : std::as_const(children))
            visit(child, around);
    }

    QStringList findings() const
    {
        QStringList out;
        std::vector<const Seen *> shown;
        for (const Seen &text : m_texts) {
            if (text.visible.width() < kSlack || text.visible.height() < kSlack || covered(text))
                continue;
            shown.push_back(&text);
            // A field scrolls its own text; only labels can be elided or cut.
            if (!text.item->inherits("QQuickText"))
                continue;
            if (text.item->property("truncated").toBool())
                out << u"elided: %1 at %2"_s.arg(describe(text.item), rectText(text.painted));
            else if (const QString side = cutSide(text); !side.isEmpty())
                out << u"cut (%1): %2 at %3, %4 visible"_s.arg(side, describe(text.item), rectText(text.painted),
                                                               rectText(text.visible));
            if (const QString word = brokenWord(text.item); !word.isEmpty())
                out << u"word broken: \"%1\" in %2 at %3"_s.arg(word, describe(text.item), rectText(text.painted));
        }
        for (size_t i = 0; i < shown.size(); ++i) {
            for (size_t j = i + 1; j < shown.size(); ++j) {
                const QRectF both = shown[i]->visible & shown[j]->visible;
                if (both.width() > kSlack && both.height() > kSlack
                    && !coveredAt(both, std::min(shown[i]->order, shown[j]->order)))
                    out << u"overlap: %1 and %2 at %3"_s.arg(describe(shown[i]->item), describe(shown[j]->item),
                                                             rectText(both));
            }
        }
        for (const Seen *text : shown) {
            for (const Seen &box : m_indicators) {
                const QRectF both = text->visible & box.visible;
                if (both.width() > kSlack && both.height() > kSlack && !box.item->isAncestorOf(text->item)
                    && !coveredAt(both, std::min(text->order, box.order)))
                    out << u"overlap: %1 and the box of %2 at %3"_s.arg(describe(text->item), describe(box.item->parentItem()),
                                                                        rectText(both));
            }
        }
        for (const Seen &control : m_controls) {
            // A flickable brings its content into view along the way it scrolls; elsewhere the
            // window's edge is where a control stops being reachable.
            const QRectF &r = control.painted;
            if (coveredAt(control.visible, control.order, control.item))
                continue;
            const bool across = r.left() < m_window.left() - kSlack || r.right() > m_window.right() + kSlack;
            const bool down = r.top() < m_window.top() - kSlack || r.bottom() > m_window.bottom() + kSlack;
            if ((across && !control.scrollsAcross) || (down && !control.scrollsDown))
                out << u"outside: %1 at %2"_s.arg(describe(control.item), rectText(r));
        }
        return out;
    }

private:
    // Hidden under a plane drawn after it (and not its own background).
    bool covered(const Seen &text) const { return coveredAt(text.visible, text.order); }
    // This part of the screen, as an item drawn at `order` painted it, is under a later plane
    // (a dialog over the page it sits on).
    bool coveredAt(const QRectF &area, int order, const QQuickItem *self = nullptr) const
    {
        return std::any_of(m_covers.begin(), m_covers.end(), [&](const Seen &cover) {
            // A control's own background is part of it, not over it.
            return cover.order > order && cover.visible.contains(area) && !(self && self->isAncestorOf(cover.item));
        });
    }

    // Which side of a text its clipping cuts off, unless a flickable can scroll it into view.
    QString cutSide(const Seen &text) const
    {
        const QRectF &p = text.painted;
        const QRectF &v = text.visible;
        const bool cutAcross = p.left() < v.left() - kSlack || p.right() > v.right() + kSlack;
        const bool cutDown = p.top() < v.top() - kSlack || p.bottom() > v.bottom() + kSlack;
        if (cutAcross && !text.scrollsAcross)
            return u"across"_s;
        if (cutDown && !text.scrollsDown)
            return u"down"_s;
        return {};
    }

    QRectF m_window;
    int m_order = 0;
    std::vector<Seen> m_texts;
    std::vector<Seen> m_controls;
    std::vector<Seen> m_covers;
    std::vector<Seen> m_indicators;
    QSet<const QQuickItem *> m_indicatorItems;
};

} // namespace

QStringList LayoutCheck::findings(QQuickWindow *window)
{
    if (!window || !window->contentItem())
        return {};
    Walk walk(window);
    Walk::Around whole;
    whole.clip = QRectF(0, 0, window->width(), window->height());
    walk.visit(window->contentItem(), whole);
    return walk.findings();
}
