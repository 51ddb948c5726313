#pragma once

// Building vim25 request bodies and reading replies, shared by the vSphere client's files.
// Replies are read by namespace URI, never by prefix: vcsim writes "XMLSchema-instance:type"
// where vCenter writes "xsi:type", and either may bind urn:vim25 to any prefix.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace lifeboat::vsphere::soap {

inline const QString kVimNamespace = QStringLiteral("urn:vim25");
inline const QString kSoapNamespace = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
inline const QString kXsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

inline QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// <_this type="Type">moref</_this>
inline QByteArray self(const char* type, const QString& moref)
{
    return QByteArrayLiteral("<_this type=\"") + type + QByteArrayLiteral("\">") + escaped(moref) +
           QByteArrayLiteral("</_this>");
}

// The text of the first element with each of `names` (vim25 namespace), in one pass.
inline QHash<QString, QString> firstTexts(const QByteArray& xml, const QStringList& names)
{
    QHash<QString, QString> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && found.size() < names.size()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.namespaceUri() != kVimNamespace)
            continue;
        const QString name = reader.name().toString();
        if (names.contains(name) && !found.contains(name))
            found.insert(name, reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return found;
}

// The unprefixed xsi:type of the current element ("VirtualDisk" for "vim25:VirtualDisk").
inline QString xsiType(const QXmlStreamReader& reader)
{
    return reader.attributes()
        .value(kXsiNamespace, QStringLiteral("type"))
        .toString()
        .section(QLatin1Char(':'), -1);
}

} // namespace lifeboat::vsphere::soap
