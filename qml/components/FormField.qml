// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// One field of a form kept in a controller (the sign-up's RegistrationController unless `form`
// names another with the same fields/errors/setField/validateField, e.g. PhoneHours): what
// was typed survives going back and forth; the message appears under the field once the
// tenant leaves it.
ColumnLayout {
    id: field

    required property string fieldName
    property string label
    property string hint
    // The hint as the empty field's placeholder instead of a line under the label.
    property bool hintInside: false
    property var form: AppContext.registration
    // Personal data: no suggestions, no learning, no copy in the keyboard's memory.
    property bool sensitive: true
    property int extraHints: Qt.ImhNone
    property string errorKey: field.fieldName
    readonly property alias input: input
    readonly property string errorText: field.form.errors[field.errorKey] ?? ""

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: width >= Theme.numberFieldWidth ? Text.Wrap : Text.NoWrap
    }
    Label {
        Layout.fillWidth: true
        visible: field.hint.length > 0 && !field.hintInside
        text: field.hint
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        // Wrapped only once it has a real width: wrapped while the form is first laid out it
        // reports the height of a letter per line, and Qt 6.4's layout keeps that height
        // (the field below it then lies over the next one on a long form).
        wrapMode: width >= Theme.numberFieldWidth ? Text.Wrap : Text.NoWrap
    }
    TextField {
        id: input
        objectName: field.fieldName + "Input"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: field.hintInside ? field.hint : ""
        placeholderTextColor: Theme.textMuted
        text: field.form.fields[field.fieldName] ?? ""
        inputMethodHints: (field.sensitive ? (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText) : Qt.ImhNone) | field.extraHints
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.description: field.errorText
        onTextChanged: field.form.setField(field.fieldName, text)
        // Not for a field only passed through: the step focuses its first field itself, and
        // leaving it untouched is no mistake yet ("Volgende" still checks it).
        onEditingFinished: if (input.text.length > 0 || field.errorText.length > 0) field.form.validateField(field.fieldName)
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: input.activeFocus || field.errorText.length > 0 ? Theme.focusWidth : Theme.borderWidth
            border.color: field.errorText.length > 0 ? Theme.danger : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
    Label {
        objectName: field.errorKey + "Error"
        Layout.fillWidth: true
        visible: field.errorText.length > 0 && field.errorKey === field.fieldName
        text: field.errorText
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
