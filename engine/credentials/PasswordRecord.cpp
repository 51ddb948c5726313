#include "credentials/PasswordRecord.h"

#include "repository/Crypto.h"

#include <QCoreApplication>
#include <QStringList>
#include <openssl/crypto.h>

namespace lifeboat::credentials {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::credentials::PasswordRecord)
};

// The repository's key derivation strength: ~0.1 s and 32 MiB per check.
constexpr quint64 kN = quint64(1) << 15;
constexpr quint64 kR = 8;
constexpr quint64 kP = 1;

} // namespace

QString hashPassword(const QByteArray& password)
{
    const QByteArray salt = repository::randomBytes(16);
    auto key = repository::deriveKey(password, salt, repository::ScryptParams{kN, kR, kP});
    if (!key)
        return {};
    const QByteArray hash(reinterpret_cast<const char*>(key->data()), static_cast<qsizetype>(key->size()));
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(kN)
        .arg(kR)
        .arg(kP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

Result<bool> verifyPassword(const QString& record, const QByteArray& password)
{
    const QStringList parts = record.split(QLatin1Char('$'));
    bool nOk = false, rOk = false, pOk = false;
    const quint64 n = parts.value(1).toULongLong(&nOk);
    const quint64 r = parts.value(2).toULongLong(&rOk);
    const quint64 p = parts.value(3).toULongLong(&pOk);
    const QByteArray salt = QByteArray::fromBase64(parts.value(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.value(5).toLatin1());
    // Bounds keep a hostile policy file from asking for unbounded work.
    if (parts.size() != 6 || parts.first() != QLatin1String("scrypt") || !nOk || !rOk || !pOk || n < 2 ||
        n > (quint64(1) << 20) || (n & (n - 1)) != 0 || r < 1 || r > 32 || p < 1 || p > 16 ||
        salt.size() < 8 || expected.size() != static_cast<qsizetype>(repository::Key().size()))
        return Error{QStringLiteral("password.bad_record"),
                     Text::tr("The stored administrator password is not a valid record; create it again with "
                              "'lifeboat-cli kiosk hash-password'.")};
    auto key = repository::deriveKey(password, salt, repository::ScryptParams{n, r, p});
    if (!key)
        return key.error();
    return CRYPTO_memcmp(key->data(), expected.constData(), key->size()) == 0;
}

} // namespace lifeboat::credentials
