// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/readaloud.h"

#include <QDeadlineTimer>
#include <QTextToSpeech>

using namespace Qt::StringLiterals;

namespace {

// The engine's locale for a language: its own country's when the engine has it
// ("ar" → Egypt, as QLocale has it), else any of the same language.
QLocale localeFor(const QString &language, const QList<QLocale> &offered)
{
    const QLocale wanted(language);
    QLocale found(QLocale::C);
    for (const QLocale &locale : offered) {
        if (locale.language() != wanted.language())
            continue;
        if (locale.territory() == wanted.territory())
            return locale;
        if (found.language() == QLocale::C)
            found = locale;
    }
    return found;
}

} // namespace

// The engine's side, on the read-aloud thread: only code running there touches it. It
// answers through signals, so that nothing reaches a ReadAloud that is gone.
class Speaker : public QObject
{
    Q_OBJECT

public:
    void connectTo(const QString &engine, const QStringList &languages)
    {
        // Connecting and listing the voices may take seconds.
        m_engine = new QTextToSpeech(engine, this);
        connect(m_engine, &QTextToSpeech::stateChanged, this, &Speaker::stateChanged);
        QHash<QString, QLocale> voiced;
        if (m_engine->state() != QTextToSpeech::Error) {
            const QList<QLocale> offered = m_engine->availableLocales();
            for (const QString &language : languages) {
                const QLocale locale = localeFor(language, offered);
                if (locale.language() == QLocale::C)
                    continue;
                m_engine->setLocale(locale);
                if (!m_engine->availableVoices().isEmpty())
                    voiced.insert(language, locale);
            }
        }
        Q_EMIT checked(voiced);
    }

    void say(const QString &text, const QLocale &locale)
    {
        if (m_engine->locale() != locale)
            m_engine->setLocale(locale);
        m_engine->say(text);
    }

    void stop()
    {
        if (m_engine)
            m_engine->stop();
    }

Q_SIGNALS:
    void checked(const QHash<QString, QLocale> &voiced);
    void stateChanged(QTextToSpeech::State state);

private:
    QTextToSpeech *m_engine = nullptr;
};

ReadAloud::ReadAloud(const QStringList &languages, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
{
}

ReadAloud::~ReadAloud()
{
    if (!m_thread)
        return;
    m_thread->quit();
    // A speech-dispatcher that hangs (a sound device that never answers) must not keep the
    // app from quitting: the thread is left to the end of the process.
    if (!m_thread->wait(QDeadlineTimer(std::chrono::seconds(5)))) {
        qWarning("read-aloud: the speech engine does not answer; leaving it behind");
        (void)m_thread.release();
    }
}

void ReadAloud::start(const QString &engine)
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"read-aloud"_s);
    m_speaker = new Speaker;
    m_speaker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_speaker, &QObject::deleteLater);
    // Queued to this (GUI) thread.
    connect(m_speaker, &Speaker::checked, this, [this](const QHash<QString, QLocale> &voiced) {
        m_voiced = voiced;
        m_checked = true;
        updateAvailable();
        Q_EMIT checked();
    });
    connect(m_speaker, &Speaker::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error) {
            m_failed = true;
            updateAvailable();
        }
        setSpeaking(state == QTextToSpeech::Speaking);
    });
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_speaker, [speaker = m_speaker, engine, languages = m_languages] {
        speaker->connectTo(engine, languages);
    });
}

void ReadAloud::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    stop();
    m_language = language;
    updateAvailable();
}

void ReadAloud::say(const QString &text)
{
    if (!m_available || text.trimmed().isEmpty())
        return;
    QMetaObject::invokeMethod(m_speaker, [speaker = m_speaker, text, locale = m_voiced.value(m_language)] {
        speaker->say(text, locale);
    });
}

void ReadAloud::stop()
{
    if (m_speaker)
        QMetaObject::invokeMethod(m_speaker, &Speaker::stop);
}

void ReadAloud::toggle(const QString &text)
{
    if (m_speaking)
        stop();
    else
        say(text);
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

void ReadAloud::updateAvailable()
{
    const bool available = m_checked && !m_failed && m_voiced.contains(m_language);
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

#include "readaloud.moc"
