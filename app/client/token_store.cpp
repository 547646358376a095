#include "token_store.h"

#include <QMetaObject>
#include <QStringList>
#include <QUrl>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QFileInfo>
#define LANCE_KEYCHAIN_OVER_DBUS 1
#endif

#include <memory>

// Nothing in this file logs: not the token, and not the keychain's answers
// either, since a backend's message could one day quote what it was given.
// Failures travel to the caller as translated messages instead.

namespace lance {

namespace {

#ifdef LANCE_KEYCHAIN_OVER_DBUS
// QtKeychain reaches the Secret Service (gnome-keyring, KeePassXC, KWallet's
// bridge) over the D-Bus session bus. Without a bus, libsecret answers with
// a generic error, so the bus is checked first to report "no keychain here"
// rather than "the keychain failed".
bool sessionBusConnected()
{
    // No session bus address and no bus socket where systemd puts one:
    // asking Qt for the session bus would make libdbus "autolaunch" a
    // private bus on the X display, whose freshly started keyring then
    // pops up a dialog to create a keyring. That is no keychain to use.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty() || !QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus"))))
            return false;
    }
    return QDBusConnection::sessionBus().isConnected();
}

// A Secret Service without a default keyring (a session that never
// logged in to one) would answer the first write with its own dialog to
// create one. Nothing the rep asked for: such a keychain counts as absent.
bool defaultKeyringMissing()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    const QString service = QStringLiteral("org.freedesktop.secrets");
    if (!bus || !bus->isServiceRegistered(service).value())
        return false; // KWallet, or activation on demand: let the job tell
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    call << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> alias =
        QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    return alias.isValid() && alias.value().path() == QLatin1String("/");
}

// After a generic error: is any keychain service there at all, running or
// startable on demand? If not, the keychain is unavailable, not broken.
bool secretServiceReachable()
{
    if (!sessionBusConnected())
        return false;
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return false;
    const QStringList names = {QStringLiteral("org.freedesktop.secrets"),
                               QStringLiteral("org.kde.kwalletd6"),
                               QStringLiteral("org.kde.kwalletd5")};
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    for (const QString &name : names) {
        if (bus->isServiceRegistered(name).value())
            return true;
        if (activatable.isValid() && activatable.value().contains(name))
            return true;
    }
    return false;
}
#else
bool sessionBusConnected()
{
    return true;
}
bool defaultKeyringMissing()
{
    return false;
}
bool secretServiceReachable()
{
    return true;
}
#endif

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{}

QString TokenStore::serviceName()
{
    return QStringLiteral("Lance Desk");
}

QString TokenStore::normalizedServer(const QString &serverUrl)
{
    const QString trimmed = serverUrl.trimmed();
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return trimmed;
    // QUrl already lower-cases scheme and host.
    if ((url.scheme() == QLatin1String("https") && url.port() == 443) ||
        (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    url = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                       QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    // StripTrailingSlash keeps a lone "/", which would split one server in two.
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url.toString();
}

void TokenStore::read(const QString &serverUrl, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(normalizedServer(serverUrl));
    start(job, Op::Read, context, std::move(done));
}

void TokenStore::write(const QString &serverUrl, const QString &token, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(normalizedServer(serverUrl));
    job->setTextData(token);
    start(job, Op::Write, context, std::move(done));
}

void TokenStore::remove(const QString &serverUrl, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(normalizedServer(serverUrl));
    start(job, Op::Remove, context, std::move(done));
}

void TokenStore::start(QKeychain::Job *job, Op op, QObject *context, Done done)
{
    // Never the plain-text QSettings fallback: a token that cannot go into a
    // keychain stays in memory (TokenResolver), it is not written to disk.
    job->setInsecureFallback(false);
    // The job deletes itself once finished. It has no parent on purpose: a
    // running libsecret call keeps a pointer to it, so it must outlive us.
    job->setAutoDelete(true);
    const QPointer<QObject> guard(context);

    const bool noBus = !sessionBusConnected();
    if (noBus || defaultKeyringMissing()) {
        delete job; // never started, so nothing points to it yet
        TokenStoreResult r;
        r.status = TokenStoreResult::Status::Unavailable;
        r.keychainAvailable = false;
        r.message = noBus ? tr("No system keychain is available (no D-Bus session).")
                          : tr("No system keychain is available (the Secret Service has no "
                               "default keyring).");
        // Asynchronous like a real answer, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), r] {
                if (guard)
                    done(r);
            },
            Qt::QueuedConnection);
        return;
    }

    connect(job, &QKeychain::Job::finished, this,
            [guard, op, done = std::move(done)](QKeychain::Job *finished) {
                const TokenStoreResult r = resultOf(finished, op);
                if (guard)
                    done(r);
            });
    job->start();
}

TokenStoreResult TokenStore::resultOf(QKeychain::Job *job, Op op)
{
    TokenStoreResult r;
    r.keychainAvailable = true;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = TokenStoreResult::Status::Ok;
        if (op == Op::Read)
            r.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        return r;
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the wanted state: no entry.
        r.status =
            op == Op::Remove ? TokenStoreResult::Status::Ok : TokenStoreResult::Status::NotFound;
        if (op != Op::Remove)
            r.message = tr("The system keychain holds no token for this server.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break; // unavailable, below
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = TokenStoreResult::Status::Failed;
        r.message = tr("The system keychain denied access (it may be locked).");
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (!secretServiceReachable())
            break; // unavailable, below
        r.status = TokenStoreResult::Status::Failed;
        r.message = tr("The system keychain failed: %1").arg(job->errorString());
        return r;
    }
    r.status = TokenStoreResult::Status::Unavailable;
    r.keychainAvailable = false;
    r.message = tr("No system keychain is available (no Secret Service is running).");
    return r;
}

// --- TokenResolver ----------------------------------------------------------

TokenResolver::TokenResolver(TokenStore *store, Ask ask, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_ask(std::move(ask))
{}

void TokenResolver::resolve(const QString &serverUrl, QObject *context, Done done)
{
    const QString key = TokenStore::normalizedServer(serverUrl);
    m_pending[key].append({QPointer<QObject>(context), std::move(done)});
    if (m_pending[key].size() > 1)
        return; // a keychain read or a question for this server is under way

    // The environment wins, and the keychain is neither read nor written:
    // a script's token must not replace the one the user stored.
    const QString env = qEnvironmentVariable("LANCE_TOKEN").trimmed();
    if (!env.isEmpty()) {
        TokenResolution r;
        r.source = TokenResolution::Source::Environment;
        r.token = env;
        return finishLater(key, r);
    }
    if (m_memory.contains(key)) {
        TokenResolution r;
        r.source = TokenResolution::Source::Memory;
        r.token = m_memory.value(key);
        return finishLater(key, r);
    }
    if (m_declined.contains(key)) {
        TokenResolution r;
        r.error = m_declined.value(key);
        return finishLater(key, r);
    }
    m_store->read(serverUrl, this, [this, key, serverUrl](const TokenStoreResult &lookup) {
        if (lookup.ok()) {
            TokenResolution r;
            r.source = TokenResolution::Source::Keychain;
            r.token = lookup.token;
            return finish(key, r);
        }
        askUser(key, serverUrl, lookup);
    });
}

void TokenResolver::askUser(const QString &key, const QString &serverUrl,
                            const TokenStoreResult &lookup)
{
    AskContext ctx;
    ctx.serverUrl = serverUrl;
    // Only a keychain that answered "no entry" can take a new one; one that
    // is missing, locked or failing is not offered for remembering.
    ctx.keychainAvailable = lookup.notFound();
    if (!ctx.keychainAvailable)
        ctx.keychainProblem = lookup.message;

    if (!m_ask) {
        TokenResolution r;
        r.error = tr("No API token for %1: set LANCE_TOKEN or store one in the system keychain.")
                      .arg(serverUrl);
        return finish(key, r);
    }
    // The UI may answer at once or later; only its first answer counts, and
    // none after this resolver is gone.
    const QPointer<TokenResolver> self(this);
    auto answered = std::make_shared<bool>(false);
    const bool keychainAvailable = ctx.keychainAvailable;
    m_ask(ctx, [self, answered, key, serverUrl, keychainAvailable](QString token, bool remember) {
        if (*answered || !self)
            return;
        *answered = true;
        self->onAnswer(key, serverUrl, keychainAvailable, token, remember);
    });
}

void TokenResolver::onAnswer(const QString &key, const QString &serverUrl, bool keychainAvailable,
                             const QString &answer, bool remember)
{
    const QString token = answer.trimmed();
    if (token.isEmpty()) {
        // Asked once per run: a second resolve reports the same, not a new
        // dialog.
        const QString error =
            tr("No API token for %1: the token was not entered. Start again and enter it, or "
               "set LANCE_TOKEN.")
                .arg(serverUrl);
        m_declined.insert(key, error);
        TokenResolution r;
        r.error = error;
        return finish(key, r);
    }
    m_memory.insert(key, token);
    TokenResolution r;
    r.source = TokenResolution::Source::Asked;
    r.token = token;
    if (!remember || !keychainAvailable)
        return finish(key, r);
    m_store->write(serverUrl, token, this, [this, key, r](const TokenStoreResult &stored) {
        TokenResolution out = r;
        // The run can go on with the token in memory; the user only learns
        // that it will be asked for again next time.
        if (!stored.ok())
            out.warning =
                tr("The token could not be stored in the system keychain: %1").arg(stored.message);
        finish(key, out);
    });
}

void TokenResolver::finishLater(const QString &key, const TokenResolution &resolution)
{
    // Answers always arrive from the event loop, never inside resolve(), so
    // a caller's code after resolve() runs first in every case.
    QMetaObject::invokeMethod(
        this, [this, key, resolution] { finish(key, resolution); }, Qt::QueuedConnection);
}

void TokenResolver::finish(const QString &key, const TokenResolution &resolution)
{
    const QList<Waiter> waiters = m_pending.take(key);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(resolution);
    }
}

} // namespace lance
