// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QRectF>

class QQuickWindow;

// `A11y.role: Accessible.Heading` (and `A11y.checkable: true`): what a screen reader must
// hear, true on Qt 6.4. There a Qt Quick Control (Label, Button, Page, ...) answers the
// screen reader with its own fixed role, whatever `Accessible.role` says: a heading or an
// alert (a Label) arrives as plain text, a filter chip (a Button) as a push button that
// cannot be checked, a page as an unnamed tab. (Plain Text and Item do honour
// Accessible.role.) For an item with A11y.role, an interface of ours wraps Qt's own and
// answers the role, and the check state, itself; everything else is Qt's.
class AccessibleKeeper : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(A11y)
    QML_UNCREATABLE("A11y is an attached property.")
    QML_ATTACHED(AccessibleKeeper)
    // A QAccessible::Role (the values of Accessible.role); NoRole leaves Qt's own.
    Q_PROPERTY(int role READ role WRITE setRole NOTIFY roleChanged)
    // Checkable (a check box that is not a CheckBox control): its `checked` is the state.
    Q_PROPERTY(bool checkable READ isCheckable WRITE setCheckable NOTIFY checkableChanged)

public:
    explicit AccessibleKeeper(QObject *item);
    ~AccessibleKeeper() override;

    static AccessibleKeeper *qmlAttachedProperties(QObject *item);

    int role() const { return m_role; }
    void setRole(int role);
    bool isCheckable() const { return m_checkable; }
    void setCheckable(bool checkable);

    // The keeper of `object`, if it has one with a role.
    static AccessibleKeeper *of(const QObject *object);

    // Every item of `window` shown now with a role kept here (perhaps scrolled out of view):
    // its role, its rectangle in the window and its accessible name (the screen-reader test
    // compares these with the tree).
    struct Declared
    {
        int role;
        QRectF rect;
        QString name;
        int checked;  // the item's own `checked` (1 or 0), -1 if it has none
    };
    static QList<Declared> declaredIn(const QQuickWindow *window);

Q_SIGNALS:
    void roleChanged();
    void checkableChanged();

private:
    void wrapQtInterface();
    void writeThrough();

    static QList<AccessibleKeeper *> s_all;
    QPointer<QObject> m_item;
    int m_role = QAccessible::NoRole;
    bool m_checkable = false;
};
