#include "log/LogViewer.h"

#include "facade/Engine.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeboat::ui {

namespace {
// The tail is what one looks at; a rotated log holds at most a few MiB anyway.
constexpr qint64 kTailBytes = 1 << 20;
} // namespace

LogViewer::LogViewer(Engine& engine, QString path, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_path(std::move(path))
    , m_filter(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logViewer"));
    setWindowTitle(tr("Log — %1").arg(m_path));
    resize(900, 500);
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter the log"));
    m_filter->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Log"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &LogViewer::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &LogViewer::showLines);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    reload();
}

void LogViewer::reload()
{
    m_engine.run<QStringList>(
        this,
        [path = m_path](EngineWorker&) -> QStringList {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {tr("The log %1 cannot be read: %2").arg(path, file.errorString())};
            if (file.size() > kTailBytes) {
                file.seek(file.size() - kTailBytes);
                file.readLine(); // a partial first line
            }
            return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        },
        [this](QStringList lines) {
            m_lines = std::move(lines);
            m_loaded = true;
            showLines();
        });
}

void LogViewer::showLines()
{
    const QString filter = m_filter->text();
    QStringList shown;
    for (const QString& line : std::as_const(m_lines))
        if (filter.isEmpty() || line.contains(filter, Qt::CaseInsensitive))
            shown << line;
    m_text->setPlainText(shown.join(QLatin1Char('\n')));
    m_text->moveCursor(QTextCursor::End);
}

} // namespace lifeboat::ui
