#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace lance {

// What the keychain said about one read, write or delete.
struct TokenStoreResult
{
    enum class Status
    {
        Ok,          // done; for a read, `token` holds the token
        NotFound,    // a read or delete found no entry (the keychain works)
        Unavailable, // no keychain here: no D-Bus session, no secret service
        Failed,      // a keychain exists but refused (locked, denied, other)
    };
    Status status = Status::Failed;
    std::optional<QString> token; // set by a successful read only
    bool keychainAvailable = false;
    QString message; // translated; empty for Ok. Never contains the token.

    bool ok() const { return status == Status::Ok; }
    bool notFound() const { return status == Status::NotFound; }
};

// The API token of each server, in the system keychain through QtKeychain
// (the Secret Service on Linux, the Keychain on macOS, the Credential Store
// on Windows). Entries live under the service "Lance Desk" with the
// normalized server URL as key, so one token per server.
//
// The insecure QSettings fallback of QtKeychain stays off: without a
// keychain the token must not be written anywhere, so "unavailable" is
// reported instead and the caller keeps the token in memory.
//
// Calls are asynchronous; if `context` is destroyed first, `done` is not
// run (as with LanceClient).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const TokenStoreResult &)>;

    explicit TokenStore(QObject *parent = nullptr);

    static QString serviceName();
    // The keychain key for a server: scheme and host lower-case, default
    // port, user info, query, fragment and trailing slash dropped, so
    // "HTTPS://Lance.example.com:443/" and "https://lance.example.com" share
    // one entry.
    static QString normalizedServer(const QString &serverUrl);

    void read(const QString &serverUrl, QObject *context, Done done);
    void write(const QString &serverUrl, const QString &token, QObject *context, Done done);
    void remove(const QString &serverUrl, QObject *context, Done done);

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    void start(QKeychain::Job *job, Op op, QObject *context, Done done);
    static TokenStoreResult resultOf(QKeychain::Job *job, Op op);
};

// The token to connect with, and where it came from.
struct TokenResolution
{
    enum class Source
    {
        None,        // resolution failed; see `error`
        Environment, // LANCE_TOKEN
        Keychain,
        Asked,  // the user typed it just now
        Memory, // typed earlier in this run
    };
    Source source = Source::None;
    std::optional<QString> token;
    QString error;   // translated, when there is no token
    QString warning; // translated: connected, but e.g. storing failed

    bool ok() const { return token.has_value(); }
};

// What the UI needs to know to ask for a token.
struct AskContext
{
    QString serverUrl;
    // False: nothing can be remembered, so the UI disables "remember".
    bool keychainAvailable = false;
    QString keychainProblem; // translated, why the keychain cannot be used
};

// Decides the token for a run, in this order:
//  1. LANCE_TOKEN, when set: it wins and the keychain is not touched, so
//     scripts and CI never read or overwrite a stored token.
//  2. The keychain entry for the server.
//  3. Otherwise the `ask` seam, at most once per server and run. The answer
//     is kept in memory for the rest of the run, so a second resolve never
//     asks again; with remember (and a working keychain) it is also written
//     to the keychain for later runs. Without a keychain it is never written
//     anywhere: not to QSettings, a file or a log.
// An empty answer (Cancel) fails the resolution with a message.
class TokenResolver : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(QString token, bool remember)>;
    using Ask = std::function<void(const AskContext &ctx, Answer answer)>;
    using Done = std::function<void(const TokenResolution &)>;

    TokenResolver(TokenStore *store, Ask ask, QObject *parent = nullptr);

    // `done` runs from the event loop, never inside resolve(), and not at
    // all if `context` is destroyed first.
    void resolve(const QString &serverUrl, QObject *context, Done done);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    void askUser(const QString &key, const QString &serverUrl, const TokenStoreResult &lookup);
    void onAnswer(const QString &key, const QString &serverUrl, bool keychainAvailable,
                  const QString &token, bool remember);
    void finishLater(const QString &key, const TokenResolution &resolution);
    void finish(const QString &key, const TokenResolution &resolution);

    TokenStore *m_store;
    Ask m_ask;
    // Tokens typed in this run, by normalized server. Memory only, on
    // purpose: this is the whole "no keychain" storage.
    QHash<QString, QString> m_memory;
    // Servers whose question was answered with Cancel: asked once per run.
    QHash<QString, QString> m_declined;
    // Resolves waiting for a keychain read or the user, by server, so that
    // concurrent resolves share one question.
    QHash<QString, QList<Waiter>> m_pending;
};

} // namespace lance
