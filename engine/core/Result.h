#pragma once

#include <QMetaType>
#include <QString>
#include <optional>
#include <utility>

namespace lifeboat {

// An error the user can act on: `message` is translated text for people, `code` is a
// stable identifier for scripts (lifeboat-cli --json) and tests.
struct Error
{
    QString code;
    QString message;
    // What a program needs beyond the text, e.g. the certificate thumbprint of "tls.untrusted"
    // for a trust dialog to show and pin.
    QString detail = {};
};

// std::expected arrives with C++23; this is the small subset the engine needs.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Unit
{
};
using Status = Result<Unit>;
inline Status success()
{
    return Status(Unit{});
}

} // namespace lifeboat

Q_DECLARE_METATYPE(lifeboat::Error)
