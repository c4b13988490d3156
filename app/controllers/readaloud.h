// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QThread>
#include <memory>

class Speaker;

// "Lees voor": reads a page's heading and main text aloud through Qt TextToSpeech, in the
// app's language when the engine has a voice for it. The engine lives on a thread of its
// own: speech-dispatcher lists its thousands of voices when it connects (about two seconds),
// and the screen must not freeze for that. Until start() and wherever no voice answers,
// `available` is false and the button is hidden.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.readAloud")
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)

public:
    // `languages`: the app's language codes ("nl", "ar" …), each checked for a voice.
    explicit ReadAloud(const QStringList &languages, QObject *parent = nullptr);
    ~ReadAloud() override;

    // Connects to `engine` (empty: Qt's default, speech-dispatcher on Linux) and asks it for
    // a voice per language; `checked` follows once it answered, with voices or an error.
    // Only the first call does anything.
    void start(const QString &engine = {});
    bool isChecked() const { return m_checked; }
    // The languages the engine has a voice for (after `checked`).
    QStringList voicedLanguages() const { return m_voiced.keys(); }

    // The language read in from now on; a reading in the old language stops.
    void setLanguage(const QString &language);

    bool isAvailable() const { return m_available; }
    bool isSpeaking() const { return m_speaking; }

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();
    // The button: reads when silent, stops when reading.
    Q_INVOKABLE void toggle(const QString &text);

Q_SIGNALS:
    void availableChanged();
    void speakingChanged();
    void checked();

private:
    void setSpeaking(bool speaking);
    void updateAvailable();

    const QStringList m_languages;
    QString m_language = QStringLiteral("nl");
    bool m_checked = false;
    bool m_failed = false;  // the engine went into its error state: hidden from then on
    bool m_available = false;
    bool m_speaking = false;
    QHash<QString, QLocale> m_voiced;  // language code → the engine's locale for it

    std::unique_ptr<QThread> m_thread;
    // Lives on the thread with the engine; deleted when the thread finishes.
    Speaker *m_speaker = nullptr;
};
