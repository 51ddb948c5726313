#pragma once

#include "core/Result.h"

#include <QString>

namespace lifeboat::credentials {

// Secrets (repository passwords, later endpoint and guest credentials) live only in the
// system keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
// Linux, the Credential Manager on Windows. There is deliberately no plain-text fallback:
// without a keychain these calls fail with "keychain.unavailable" and the caller asks for
// the secret again.
//
// The calls wait for QtKeychain's asynchronous job in a local event loop, so they belong
// on the engine thread (or a CLI), never on the GUI thread.
inline constexpr const char* kService = "Lifeboat";

Result<QString> readSecret(const QString& key); // "keychain.not_found" when there is none
Status writeSecret(const QString& key, const QString& secret);
Status deleteSecret(const QString& key); // success when there was none

// The keychain entry of a repository's password, by the repository's id.
QString repositoryPasswordKey(const QString& repositoryId);
// The keychain entry of an endpoint account's password.
QString endpointPasswordKey(const QString& url, const QString& user);
// The console's "Remain signed in" password: apart from the jobs' entry above, so signing
// out of the console never takes a scheduled job's password with it.
QString consolePasswordKey(const QString& url, const QString& user);
// The keychain entry of the guest account a job's guest processing signs in with.
QString guestPasswordKey(const QString& jobName, const QString& user);
// The keychain entry of the mail relay's account.
QString smtpPasswordKey(const QString& host, const QString& user);

} // namespace lifeboat::credentials
