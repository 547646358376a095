#include "engine.h"

#include "enrichment_service.h"
#include "http_api.h"
#include "provider_simulator.h"
#include "store.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace lance::engine {

Engine::Engine(const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

Engine::~Engine()
{
    stop();
}

bool Engine::start(QString *error)
{
    if (m_config.tokens.isEmpty()) {
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        m_config.tokens.append({QString::fromLatin1(bytes.toHex()), QStringLiteral("user_local"),
                                QStringLiteral("org_local")});
    }
    if (m_config.dbPath.isEmpty())
        m_config.dbPath = EngineConfig::defaultDbPath();

    m_store = std::make_unique<Store>();
    if (!m_store->open(m_config.dbPath, error))
        return false;
    if (!m_store->prepareLeads(
            m_config.seedDemo, m_config.seed,
            [this](int done, int total) { emit generationProgress(done, total); }, error))
        return false;

    m_service = std::make_unique<EnrichmentService>(*m_store, m_config);
    m_simulator = std::make_unique<ProviderSimulator>(*m_store, *m_service, m_config);
    connect(m_service.get(), &EnrichmentService::jobsCreated, m_simulator.get(),
            &ProviderSimulator::submit);

    // Work left pending by a crash or kill: what is overdue times out (its
    // hold released), the rest is resumed with the same deterministic plan.
    if (!m_service->sweepTimeouts(error))
        return false;
    m_simulator->submit(m_service->pendingJobs());

    // The periodic sweep, so overdue work times out even when nobody reads.
    auto *sweep = new QTimer(m_service.get());
    sweep->setInterval(qBound(250, m_config.maxAgeS * 1000 / 4, 5000));
    connect(sweep, &QTimer::timeout, m_service.get(), [this] {
        QString why;
        if (!m_service->sweepTimeouts(&why))
            qWarning().noquote() << "lance-engine: timeout sweep failed:" << why;
    });
    sweep->start();

    m_http = std::make_unique<HttpApi>(*m_store, *m_service, m_config);
    if (!m_http->listenOn(m_config.host, m_config.port, error))
        return false;
    m_config.port = m_http->port();
    return true;
}

void Engine::stop()
{
    // Order matters: no new requests, then no new outcomes, then the store.
    m_http.reset();
    m_simulator.reset();
    m_service.reset();
    m_store.reset();
}

quint16 Engine::port() const
{
    return m_config.port;
}

QUrl Engine::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.host.toString());
    url.setPort(m_config.port);
    return url;
}

QString Engine::token() const
{
    return m_config.tokens.isEmpty() ? QString() : m_config.tokens.first().token;
}

EmbeddedEngine::EmbeddedEngine(QObject *parent)
    : QObject(parent)
{}

EmbeddedEngine::~EmbeddedEngine()
{
    stop();
}

void EmbeddedEngine::start(const EngineConfig &config)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("lance-engine"));
    m_engine = new Engine(config);
    m_engine->moveToThread(m_thread);
    connect(m_engine, &Engine::generationProgress, this, &EmbeddedEngine::generationProgress,
            Qt::QueuedConnection);
    m_thread->start();
    // Everything the engine creates (its SQLite connection, sockets, timers)
    // is created inside this call, on the engine thread.
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine,
        [this, engine] {
            QString error;
            const bool ok = engine->start(&error);
            const QUrl url = engine->baseUrl();
            const QString token = engine->token();
            QMetaObject::invokeMethod(
                this,
                [this, engine, ok, error, url, token] {
                    if (engine != m_engine)
                        return; // stopped meanwhile
                    if (!ok) {
                        emit failed(error);
                        return;
                    }
                    m_running = true;
                    m_baseUrl = url;
                    m_token = token;
                    emit started(url, token);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedEngine::stop()
{
    if (!m_thread)
        return;
    Engine *engine = m_engine;
    m_engine = nullptr;
    // The engine is destroyed on its own thread, where its database
    // connection lives; then the thread ends.
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running = false;
}

} // namespace lance::engine
