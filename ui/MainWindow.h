#pragma once

#include <QMainWindow>

class QActionGroup;
class QMenu;
class QAction;

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

class LanguageSwitcher;
class OverviewPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Engine& engine, LanguageSwitcher& languages, QWidget* parent = nullptr);

    OverviewPage* overviewPage() const { return m_overview; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onEngineStarted(bool ok, const QString& errorCode, const QString& errorMessage);

    Engine& m_engine;
    LanguageSwitcher& m_languages;
    OverviewPage* m_overview;
    QMenu* m_fileMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_quitAction;
    QAction* m_aboutAction;
    QActionGroup* m_languageGroup;
    QString m_engineError;
};

} // namespace lifeboat::ui
