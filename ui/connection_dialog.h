#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lance {

class LanceClient;
class TokenStore;

// Where the app connects: the built-in engine with demo data, or a Lance
// server (https:// only, or a loopback engine) with an API token. "Test
// connection" asks the server for its balance before anything changes, and
// shows the organization and the credits it answers with.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        bool demo = true;
        QUrl serverUrl;
        // Empty: use the token already in the keychain (or ask for it).
        QString token;
        bool remember = true;
    };

    // `tokens` (optional) finds a stored token for "Test connection" when
    // the token box is left empty.
    ConnectionDialog(const Choice &current, TokenStore *tokens, QWidget *parent = nullptr);

    Choice choice() const;
    // The last "Test connection" result as shown, for tests.
    QString testResult() const;

private:
    void updateState();
    void testConnection();
    void showResult(bool ok, const QString &text);

    TokenStore *m_tokens;
    QRadioButton *m_demo;
    QRadioButton *m_server;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QPushButton *m_test;
    QLabel *m_result;
    QPushButton *m_ok;
    LanceClient *m_probe = nullptr;
};

} // namespace lance
