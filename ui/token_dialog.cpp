#include "token_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lance {

TokenDialog::TokenDialog(const QString &serverUrl, bool keychainAvailable,
                         const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_tokenEdit(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("API token"));

    auto *prompt = new QLabel(tr("Enter the API &token for this server:"), this);
    prompt->setObjectName(QStringLiteral("tokenPrompt"));
    prompt->setWordWrap(true);
    prompt->setBuddy(m_tokenEdit);
    // The address on a line of its own, never wrapped (a wrapped URL breaks
    // mid-word and reads as two). It comes from the command line or the
    // settings: shown as text, never interpreted as markup.
    auto *server = new QLabel(serverUrl, this);
    server->setObjectName(QStringLiteral("tokenServer"));
    server->setTextFormat(Qt::PlainText);
    server->setWordWrap(false);
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = server->font();
    bold.setBold(true);
    server->setFont(bold);

    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("API token"));
    // Password echo: the token is a secret, not to be read over a shoulder
    // or captured in a screenshot. It also turns off input-method prediction.
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setClearButtonEnabled(true);

    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_remember->setAccessibleName(tr("Remember in the system keychain"));
    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("keychainNote"));
    note->setWordWrap(true);
    if (keychainAvailable) {
        m_remember->setChecked(true);
        m_remember->setToolTip(
            tr("Store the token in the system keychain so it is not asked for next time."));
        note->hide();
    } else {
        // Nothing can be remembered without a keychain, and Lance Desk will
        // not fall back to a plain-text file, so the box says so instead.
        const QString why =
            keychainProblem.isEmpty() ? tr("No system keychain is available.") : keychainProblem;
        const QString explanation =
            tr("%1 The token is kept only until Lance Desk closes and is asked for again next "
               "time; it is not written to disk.")
                .arg(why);
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(explanation);
        note->setText(explanation);
    }
    m_remember->setAccessibleDescription(m_remember->toolTip());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("tokenButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Connect"));
    m_ok->setAccessibleName(tr("Connect with this token"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel without a token"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &TokenDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(server);
    layout->addWidget(m_tokenEdit);
    layout->addWidget(m_remember);
    layout->addWidget(note);
    layout->addWidget(buttons);

    m_tokenEdit->setFocus();
    updateOk();
}

QString TokenDialog::token() const
{
    return m_tokenEdit->text().trimmed();
}

bool TokenDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void TokenDialog::updateOk()
{
    m_ok->setEnabled(!token().isEmpty());
}

} // namespace lance
