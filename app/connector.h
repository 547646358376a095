#pragma once

#include "connection_dialog.h"
#include "engine.h"
#include "token_store.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace lance {

class LanceClient;
class MainWindow;
class PendingStore;

// Connects the window to the built-in engine or to a server, and switches
// when the rep picks another connection. Everything that belongs to one
// connection (the engine, the client's server and token, the
// pending-tracking file) is replaced as a whole. The server picked last is
// remembered in the settings (never its token: that goes to the keychain).
class Connector
{
public:
    static const QString &serverSettingKey();

    Connector(LanceClient &client, MainWindow &window, QString demoDbPath);
    ~Connector();

    TokenResolver &resolver() { return m_resolver; }
    // Demo leads created on first use of the demo database.
    void setDemoLeads(int leads) { m_demoLeads = leads; }
    // Replaces how a missing token is asked for (tests answer it directly).
    void setTokenPrompt(TokenResolver::Ask ask);

    void startDemo();
    bool connectServer(const QUrl &url, const QString &token, QString *error);
    void switchTo(const ConnectionDialog::Choice &choice);
    engine::EmbeddedEngine &engine() { return m_engine; }

private:
    void useConnection(bool demo, const QString &pendingPath);

    LanceClient &m_client;
    MainWindow &m_window;
    QString m_demoDbPath;
    int m_demoLeads = 5000;
    TokenStore m_tokens;
    TokenResolver::Ask m_ask;
    TokenResolver m_resolver;
    engine::EmbeddedEngine m_engine;
    // What this app left pending, per connection, so a restart
    // mid-enrichment resumes tracking and the status column stays right.
    std::unique_ptr<PendingStore> m_pending;
};

} // namespace lance
