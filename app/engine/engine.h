#pragma once

#include "engine_config.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QThread;

namespace lance::engine {

class Store;
class EnrichmentService;
class ProviderSimulator;
class HttpApi;

// The local engine: store, ledger, provider simulation and HTTP API, all
// living on the thread that calls start(). Standalone, that is main();
// embedded, EmbeddedEngine gives it a thread of its own.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(const EngineConfig &config, QObject *parent = nullptr);
    ~Engine() override;

    // Opens (or creates, seeds and indexes) the database, resumes or times
    // out pending work, and starts listening. Returns false with a message.
    bool start(QString *error);
    void stop();

    quint16 port() const;
    QUrl baseUrl() const;
    const EngineConfig &config() const { return m_config; }
    // The token a client should use: the first configured one, or the one
    // generated at start.
    QString token() const;

signals:
    // Demo data generation progress (done of total), for a splash or log.
    void generationProgress(int done, int total);

private:
    EngineConfig m_config;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EnrichmentService> m_service;
    std::unique_ptr<ProviderSimulator> m_simulator;
    std::unique_ptr<HttpApi> m_http;
};

// Runs an Engine on its own QThread for the app. start() returns at once;
// started() or failed() follows, so the GUI thread never waits on SQLite.
class EmbeddedEngine : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedEngine(QObject *parent = nullptr);
    ~EmbeddedEngine() override;

    void start(const EngineConfig &config);
    // Stops the engine and joins its thread; safe to call twice.
    void stop();
    bool isRunning() const { return m_running; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

signals:
    void started(const QUrl &baseUrl, const QString &token);
    void failed(const QString &message);
    void generationProgress(int done, int total);

private:
    QThread *m_thread = nullptr;
    Engine *m_engine = nullptr;
    bool m_running = false;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace lance::engine
