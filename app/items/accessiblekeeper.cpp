// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/accessiblekeeper.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

QList<AccessibleKeeper *> AccessibleKeeper::s_all;

namespace {

// Qt's own interface for the item, with the kept role and check state in front of it.
class KeptInterface : public QAccessibleInterface
{
public:
    KeptInterface(QAccessibleInterface *qt, AccessibleKeeper *keeper) : m_qt(qt), m_keeper(keeper) {}
    ~KeptInterface() override
    {
        // Qt's interface sits in the accessibility cache too; it goes with this one.
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(m_qt));
    }

    bool isValid() const override { return m_qt->isValid(); }
    QObject *object() const override { return m_qt->object(); }
    QWindow *window() const override { return m_qt->window(); }
    QList<QPair<QAccessibleInterface *, QAccessible::Relation>> relations(QAccessible::Relation match) const override
    {
        return m_qt->relations(match);
    }
    QAccessibleInterface *focusChild() const override { return m_qt->focusChild(); }
    QAccessibleInterface *childAt(int x, int y) const override { return m_qt->childAt(x, y); }
    QAccessibleInterface *parent() const override { return m_qt->parent(); }
    QAccessibleInterface *child(int index) const override { return m_qt->child(index); }
    int childCount() const override { return m_qt->childCount(); }
    int indexOfChild(const QAccessibleInterface *child) const override { return m_qt->indexOfChild(child); }
    QString text(QAccessible::Text t) const override { return m_qt->text(t); }
    void setText(QAccessible::Text t, const QString &text) override { m_qt->setText(t, text); }
    QRect rect() const override { return m_qt->rect(); }
    QColor foregroundColor() const override { return m_qt->foregroundColor(); }
    QColor backgroundColor() const override { return m_qt->backgroundColor(); }
    void *interface_cast(QAccessible::InterfaceType type) override { return m_qt->interface_cast(type); }
    void virtual_hook(int id, void *data) override { m_qt->virtual_hook(id, data); }

    QAccessible::Role role() const override
    {
        if (m_keeper && m_keeper->role() != QAccessible::NoRole)
            return QAccessible::Role(m_keeper->role());
        return m_qt->role();
    }
    QAccessible::State state() const override
    {
        QAccessible::State state = m_qt->state();
        if (m_keeper && m_keeper->isCheckable()) {
            state.checkable = true;
            state.checked = m_qt->object()->property("checked").toBool();
        }
        return state;
    }

private:
    QAccessibleInterface *m_qt;
    QPointer<AccessibleKeeper> m_keeper;
};

} // namespace

AccessibleKeeper::AccessibleKeeper(QObject *item)
    : QObject(item)
    , m_item(item)
{
    s_all.append(this);
}

AccessibleKeeper::~AccessibleKeeper()
{
    s_all.removeOne(this);
}

AccessibleKeeper *AccessibleKeeper::qmlAttachedProperties(QObject *item)
{
    return new AccessibleKeeper(item);
}

AccessibleKeeper *AccessibleKeeper::of(const QObject *object)
{
    for (QObject *child : object->children()) {
        if (auto *keeper = qobject_cast<AccessibleKeeper *>(child); keeper && keeper->m_role != QAccessible::NoRole)
            return keeper;
    }
    return nullptr;
}

void AccessibleKeeper::setRole(int role)
{
    if (m_role == role)
        return;
    m_role = role;
    wrapQtInterface();
    writeThrough();
    emit roleChanged();
}

void AccessibleKeeper::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    m_checkable = checkable;
    wrapQtInterface();
    writeThrough();
    emit checkableChanged();
}

// Qt's interface for the item (made now if need be) is registered again inside ours: the
// accessibility cache then answers ours for the item (Qt Quick's factory is asked before any
// of ours would be, so a factory cannot do this).
void AccessibleKeeper::wrapQtInterface()
{
    if (!m_item)
        return;
    QAccessibleInterface *current = QAccessible::queryAccessibleInterface(m_item);
    if (current && !dynamic_cast<KeptInterface *>(current))
        QAccessible::registerAccessibleInterface(new KeptInterface(current, this));
}

// The item's own Accessible says the same (what QML reads back, and what a later Qt answers
// itself); set once the item is complete too, in case its Accessible did not exist yet.
void AccessibleKeeper::writeThrough()
{
    const auto write = [keeper = QPointer<AccessibleKeeper>(this)] {
        if (!keeper || !keeper->m_item)
            return;
        for (QObject *child : keeper->m_item->children()) {
            if (!child->inherits("QQuickAccessibleAttached"))
                continue;
            if (keeper->m_role != QAccessible::NoRole)
                child->setProperty("role", keeper->m_role);
            if (keeper->m_checkable)
                child->setProperty("checkable", true);
        }
    };
    write();
    QTimer::singleShot(0, this, write);
}

QList<AccessibleKeeper::Declared> AccessibleKeeper::declaredIn(const QQuickWindow *window)
{
    QList<Declared> declared;
    for (const AccessibleKeeper *keeper : std::as_const(s_all)) {
        const auto *item = qobject_cast<const QQuickItem *>(keeper->m_item.data());
        if (!item || item->window() != window || !item->isVisible() || keeper->m_role == QAccessible::NoRole)
            continue;
        // Hidden behind a transparent ancestor (a page leaving the stack) counts as not shown.
        bool shown = true;
        for (const QQuickItem *up = item; up && shown; up = up->parentItem())
            shown = up->opacity() > 0;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (!shown)
            continue;
        const QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
        const QVariant checked = item->property("checked");
        declared.append({keeper->m_role, rect, iface ? iface->text(QAccessible::Name) : QString(),
                         checked.isValid() ? int(checked.toBool()) : -1});
    }
    return declared;
}
