#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

// The console's own log (what the log handler writes: engine and GUI messages, never
// passwords), read on the engine thread and filtered as one types.
class LogViewer : public QDialog
{
    Q_OBJECT
public:
    LogViewer(Engine& engine, QString path, QWidget* parent = nullptr);
    void reload();
    bool hasLoaded() const { return m_loaded; }

private:
    void showLines();

    Engine& m_engine;
    QString m_path;
    QLineEdit* m_filter;
    QPlainTextEdit* m_text;
    QStringList m_lines;
    bool m_loaded = false;
};

} // namespace lifeboat::ui
