#include "OverviewPage.h"

#include "facade/Engine.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lifeboat::ui {

OverviewPage::OverviewPage(Engine& engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_path(new QLabel(this))
    , m_schema(new QLabel(this))
    , m_endpoints(new QLabel(this))
    , m_repositories(new QLabel(this))
    , m_jobs(new QLabel(this))
    , m_sessions(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_path->setObjectName(QStringLiteral("catalogPath"));
    m_schema->setObjectName(QStringLiteral("catalogSchema"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* value : {m_path, m_schema, m_endpoints, m_repositories, m_jobs, m_sessions})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setWordWrap(true);

    m_form->addRow(new QLabel(this), m_path);
    m_form->addRow(new QLabel(this), m_schema);
    m_form->addRow(new QLabel(this), m_endpoints);
    m_form->addRow(new QLabel(this), m_repositories);
    m_form->addRow(new QLabel(this), m_jobs);
    m_form->addRow(new QLabel(this), m_sessions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(m_form);
    layout->addStretch(1);
    retranslateUi();
}

void OverviewPage::refresh()
{
    m_engine.catalogInfo(this, [this](Result<catalog::CatalogInfo> info) { showInfo(info); });
}

void OverviewPage::showInfo(const Result<catalog::CatalogInfo>& info)
{
    m_last = info;
    m_loaded = true;
    if (!info) {
        m_status->setText(tr("The catalog could not be read: %1").arg(info.error().message));
        return;
    }
    const catalog::CatalogInfo& i = info.value();
    m_status->clear();
    m_path->setText(i.path);
    m_schema->setText(
        tr("%1 of %2, %3 journal").arg(i.schemaVersion).arg(i.latestSchemaVersion).arg(i.journalMode));
    m_endpoints->setText(QLocale().toString(i.endpoints));
    m_repositories->setText(QLocale().toString(i.repositories));
    m_jobs->setText(QLocale().toString(i.jobs));
    m_sessions->setText(QLocale().toString(i.sessions));
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_title->setText(tr("This installation"));
    auto label = [this](QWidget* field) {
        return qobject_cast<QLabel*>(m_form->labelForField(field));
    };
    label(m_path)->setText(tr("Catalog:"));
    label(m_schema)->setText(tr("Schema version:"));
    label(m_endpoints)->setText(tr("Endpoints:"));
    label(m_repositories)->setText(tr("Repositories:"));
    label(m_jobs)->setText(tr("Jobs:"));
    label(m_sessions)->setText(tr("Sessions:"));
    if (!m_loaded)
        m_status->setText(tr("Loading…"));
    else if (m_last)
        showInfo(*m_last);
}

} // namespace lifeboat::ui
