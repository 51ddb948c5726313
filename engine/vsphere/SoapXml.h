#pragma once

// Building vim25 request bodies and reading replies, shared by the vSphere client's files.
// Replies are read by namespace URI, never by prefix: vcsim writes "XMLSchema-instance:type"
// where vCenter writes "xsi:type", and either may bind urn:vim25 to any prefix.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>
#include <optional>

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

// A property value as a small tree: enough to read nested data objects (task info,
// snapshot trees) without a schema.
struct Value
{
    QString name;
    QString type; // xsi:type without prefix
    QString text;
    QVector<Value> children;

    const Value* child(QLatin1String wanted) const
    {
        for (const Value& value : children)
            if (value.name == wanted)
                return &value;
        return nullptr;
    }
    QString childText(QLatin1String wanted) const
    {
        const Value* value = child(wanted);
        return value ? value->text : QString();
    }
};

inline Value readValue(QXmlStreamReader& reader)
{
    Value value;
    value.name = reader.name().toString();
    value.type = xsiType(reader);
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            value.children.append(readValue(reader));
        else if (token == QXmlStreamReader::Characters)
            value.text += reader.text();
        else if (token == QXmlStreamReader::EndElement)
            break;
    }
    if (!value.children.isEmpty())
        value.text = value.text.trimmed();
    return value;
}

struct ObjectProperties
{
    QString moref;
    QString type;
    QHash<QString, Value> properties;
};

// The objects of a RetrievePropertiesEx or ContinueRetrievePropertiesEx reply; nullopt when
// it is not one. `token` gets the continuation token, empty on the last page.
inline std::optional<QVector<ObjectProperties>> parseObjects(const QByteArray& xml, QString* token = nullptr)
{
    QXmlStreamReader reader(xml);
    QVector<ObjectProperties> objects;
    bool sawResponse = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.namespaceUri() != kVimNamespace)
            continue;
        if (reader.name().endsWith(QLatin1String("RetrievePropertiesExResponse"))) {
            sawResponse = true;
        } else if (reader.name() == QLatin1String("token")) {
            if (token)
                *token = reader.readElementText();
        } else if (reader.name() == QLatin1String("objects")) {
            ObjectProperties object;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("obj")) {
                    object.type = reader.attributes().value(QStringLiteral("type")).toString();
                    object.moref = reader.readElementText();
                } else if (reader.name() == QLatin1String("propSet")) {
                    QString name;
                    Value value;
                    while (reader.readNextStartElement()) {
                        if (reader.name() == QLatin1String("name"))
                            name = reader.readElementText();
                        else if (reader.name() == QLatin1String("val"))
                            value = readValue(reader);
                        else
                            reader.skipCurrentElement();
                    }
                    object.properties.insert(name, value);
                } else {
                    reader.skipCurrentElement();
                }
            }
            objects.append(object);
        }
    }
    if (reader.hasError() || !sawResponse)
        return std::nullopt;
    return objects;
}

} // namespace lifeboat::vsphere::soap
