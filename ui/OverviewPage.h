#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

// What this installation holds: the catalog and its contents, read through the engine.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Engine& engine, QWidget* parent = nullptr);

    void refresh();
    // True once an answer (data or error) from the engine has been shown.
    bool hasLoaded() const { return m_loaded; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showInfo(const Result<catalog::CatalogInfo>& info);

    Engine& m_engine;
    QLabel* m_title;
    QLabel* m_status;
    QFormLayout* m_form;
    QLabel* m_path;
    QLabel* m_schema;
    QLabel* m_endpoints;
    QLabel* m_repositories;
    QLabel* m_jobs;
    QLabel* m_sessions;
    std::optional<Result<catalog::CatalogInfo>> m_last;
    bool m_loaded = false;
};

} // namespace lifeboat::ui
