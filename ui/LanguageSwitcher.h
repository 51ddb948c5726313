#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace lifeboat::ui {

// Swaps the application's translators at run time. Installing a translator makes Qt
// send QEvent::LanguageChange to every widget, which re-translates itself: the whole
// console changes language at once, without a restart.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject* parent = nullptr);

    // Language codes with a shipped translation, in menu order.
    static QStringList availableLanguages();
    // The language's own name for itself ("Deutsch", "日本語"), for the drop-down.
    static QString nativeName(const QString& code);
    // The best shipped language for the system locale, English otherwise.
    static QString systemLanguage();

    bool setLanguage(const QString& code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace lifeboat::ui
