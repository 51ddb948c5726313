#include "MainWindow.h"

#include "LanguageSwitcher.h"
#include "OverviewPage.h"
#include "facade/Engine.h"
#include "lifeboat/Version.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcUiMain, "lifeboat.ui.main", QtInfoMsg)

namespace lifeboat::ui {

MainWindow::MainWindow(Engine& engine, LanguageSwitcher& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_languages(languages)
    , m_overview(new OverviewPage(engine, this))
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_languageMenu(menuBar()->addMenu(QString()))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_quitAction(m_fileMenu->addAction(QString()))
    , m_aboutAction(m_helpMenu->addAction(QString()))
    , m_languageGroup(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    setCentralWidget(m_overview);
    resize(900, 600);

    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Lifeboat"),
            tr("Lifeboat %1\nSelf-service backup and restore for VMware vSphere and Cloud Director.")
                .arg(QLatin1String(kVersion)));
    });

    for (const QString& code : LanguageSwitcher::availableLanguages()) {
        QAction* action = m_languageMenu->addAction(LanguageSwitcher::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == m_languages.language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_languages.setLanguage(code); });
    }

    connect(&m_engine, &Engine::started, this, &MainWindow::onEngineStarted);
    retranslateUi();
}

void MainWindow::onEngineStarted(bool ok, const QString& errorCode, const QString& errorMessage)
{
    if (ok) {
        m_engineError.clear();
        qCInfo(lcUiMain) << "engine ready";
    } else {
        m_engineError = errorMessage;
        qCWarning(lcUiMain) << "engine failed to start:" << errorCode;
    }
    m_overview->refresh();
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Lifeboat"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Lifeboat"));
    if (!m_engineError.isEmpty())
        statusBar()->showMessage(tr("Engine stopped: %1").arg(m_engineError));
    else
        statusBar()->showMessage(tr("Engine ready"));
}

} // namespace lifeboat::ui
