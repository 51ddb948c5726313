#pragma once

#include <QEvent>
#include <QWidget>

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

// A tab of the signed-in console. Pages ask the engine through the facade and show the
// answer when it arrives; none of them ever waits for it.
class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    ConsolePage(Engine& engine, QWidget* parent)
        : QWidget(parent)
        , m_engine(engine)
    {}

    // Asks the engine for fresh data (after sign-in, on F5, after a job ended).
    virtual void refresh() = 0;
    // Forgets everything shown: the account signed out.
    virtual void clear() = 0;
    // True once the answer to the last refresh() has been shown (for tests and the status bar).
    bool hasLoaded() const { return m_loaded; }

Q_SIGNALS:
    // A message for the window's status bar.
    void status(const QString& message);
    // This page changed something other pages show (a job ran, a restore finished).
    void dataChanged();

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        QWidget::changeEvent(event);
    }
    virtual void retranslateUi() = 0;
    void setLoaded(bool loaded) { m_loaded = loaded; }

    Engine& m_engine;

private:
    bool m_loaded = false;
};

} // namespace lifeboat::ui
