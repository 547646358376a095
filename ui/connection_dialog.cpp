#include "connection_dialog.h"

#include "counts.h"
#include "lance_client.h"
#include "token_store.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lance {

ConnectionDialog::ConnectionDialog(const Choice &current, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_demo(new QRadioButton(tr("&Demo: the built-in engine with generated leads"), this))
    , m_server(new QRadioButton(tr("Lance &server"), this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the token in the system keychain"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_server);
    m_demo->setObjectName(QStringLiteral("connectDemo"));
    m_server->setObjectName(QStringLiteral("connectServer"));
    m_demo->setAccessibleName(tr("Demo mode"));
    m_server->setAccessibleName(tr("Lance server"));
    layout->addWidget(m_demo);
    layout->addWidget(m_server);

    auto *form = new QFormLayout;
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(QStringLiteral("https://api.lance.example"));
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_token->setAccessibleName(tr("API token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Leave empty to use the one in the keychain"));
    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_remember->setAccessibleName(tr("Remember the token in the system keychain"));
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("API to&ken:"), m_token);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_result->setObjectName(QStringLiteral("connectionTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("connectionButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("connectOk"));
    m_ok->setText(tr("&Connect"));
    m_ok->setAccessibleName(tr("Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("connectCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (current.demo ? m_demo : m_server)->setChecked(true);
    m_url->setText(current.serverUrl.toString());
    m_remember->setChecked(current.remember);
    connect(m_demo, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    updateState();
}

ConnectionDialog::Choice ConnectionDialog::choice() const
{
    Choice c;
    c.demo = m_demo->isChecked();
    c.serverUrl = QUrl::fromUserInput(m_url->text().trimmed());
    c.token = m_token->text().trimmed();
    c.remember = m_remember->isChecked();
    return c;
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::updateState()
{
    const bool server = m_server->isChecked();
    m_url->setEnabled(server);
    m_token->setEnabled(server);
    m_remember->setEnabled(server);
    m_test->setEnabled(server && !m_url->text().trimmed().isEmpty());
    QString why;
    const bool urlOk = !server || LanceClient::isAcceptableServerUrl(
                                      QUrl::fromUserInput(m_url->text().trimmed()), &why);
    // An http:// address to another machine is refused before anything is
    // sent: say so while the rep types, not after Connect.
    m_ok->setEnabled(urlOk && (!server || !m_url->text().trimmed().isEmpty()));
    if (server && !urlOk && !m_url->text().trimmed().isEmpty())
        showResult(false, why);
    else if (!server)
        m_result->clear();
}

void ConnectionDialog::testConnection()
{
    const Choice c = choice();
    delete m_probe; // a second test forgets the first one's answer
    m_probe = new LanceClient(this);
    m_probe->setTransferTimeout(10000);
    auto run = [this, url = c.serverUrl](const QString &token) {
        QString error;
        if (!m_probe->setServer(url, token, &error))
            return showResult(false, error);
        showResult(true, tr("Testing…"));
        m_test->setEnabled(false);
        m_probe->balance(m_probe, [this](const Result<Balance> &r) {
            m_test->setEnabled(true);
            if (!r.ok())
                return showResult(false, r.error->message);
            showResult(true, tr("Connected: organization %1, %Ln credit(s) available", nullptr,
                                countOf(r.value->available))
                                 .arg(r.value->organizationId));
        });
    };
    if (!c.token.isEmpty() || !m_tokens)
        return run(c.token);
    m_tokens->read(c.serverUrl.toString(), this, [this, run](const TokenStoreResult &stored) {
        if (!stored.ok() || !stored.token)
            return showResult(false, tr("Type the API token to test the connection."));
        run(*stored.token);
    });
}

void ConnectionDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_result->setAccessibleName(text);
}

} // namespace lance
