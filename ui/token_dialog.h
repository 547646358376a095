#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace lance {

// Asks for the API token of one server, with "Remember in the system
// keychain". The dialog only collects the answer; TokenResolver decides
// what is stored, and where.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    // `keychainProblem`: why the keychain cannot be used, shown as the
    // tooltip of the disabled "remember" box when !keychainAvailable.
    TokenDialog(const QString &serverUrl, bool keychainAvailable,
                const QString &keychainProblem = QString(), QWidget *parent = nullptr);

    // The token as typed, surrounding whitespace removed (pasted tokens
    // often carry a newline).
    QString token() const;
    // False whenever the keychain is unavailable.
    bool remember() const;

private:
    void updateOk();

    QLineEdit *m_tokenEdit;
    QCheckBox *m_remember;
    QPushButton *m_ok;
};

} // namespace lance
