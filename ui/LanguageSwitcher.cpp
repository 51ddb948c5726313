#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace lifeboat::ui {

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
            QStringLiteral("ja")};
}

QString LanguageSwitcher::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageSwitcher::systemLanguage()
{
    for (const QString& candidate : QLocale::system().uiLanguages()) {
        const QString code = candidate.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    if (!availableLanguages().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (!m_appTranslator.load(QStringLiteral(":/i18n/lifeboat_") + code))
        return false;
    // Qt's own strings (dialog buttons, context menus) come from Qt's catalogue; a
    // missing one only leaves those few strings in English.
    if (m_qtTranslator.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QCoreApplication::installTranslator(&m_appTranslator);
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace lifeboat::ui
