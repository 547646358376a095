// The token prompt on its own, offscreen: OK only with a token, the
// keychain choice disabled (and why) when there is no keychain.
#include "token_dialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace lance;

class TestTokenDialog : public QObject
{
    Q_OBJECT
private slots:
    void okIsDisabledWhileEmpty()
    {
        TokenDialog dialog(QStringLiteral("https://lance.example.com"), true);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberToken"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(edit && remember && ok && cancel);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(remember->isEnabled());
        QVERIFY(remember->isChecked());
        QVERIFY(!ok->isEnabled());
        QVERIFY(cancel->isEnabled());

        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("abc"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.token(), QStringLiteral("abc"));
        QVERIFY(dialog.remember());
        edit->clear();
        QVERIFY(!ok->isEnabled());

        for (QWidget *w : std::initializer_list<QWidget *>{edit, remember, ok, cancel})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    // Issue 12, item 14: a long server address reads whole, on one line,
    // never broken mid-word.
    void theServerAddressIsOneLine()
    {
        const QString url =
            QStringLiteral("https://enrichment-gateway.eu-west-1.lance.example.com:8443/api");
        TokenDialog dialog(url, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *server = dialog.findChild<QLabel *>(QStringLiteral("tokenServer"));
        QVERIFY(server);
        QCOMPARE(server->text(), url);
        QVERIFY(server->width() >= server->fontMetrics().horizontalAdvance(url));
        QVERIFY(server->height() < 2 * server->fontMetrics().lineSpacing());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenPrompt"))->text(),
                 QStringLiteral("Enter the API &token for this server:"));
    }

    void rememberIsDisabledWithoutAKeychain()
    {
        TokenDialog dialog(QStringLiteral("https://lance.example.com"), false,
                           QStringLiteral("No D-Bus here."));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberToken"));
        QVERIFY(remember);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(remember->toolTip().contains(QStringLiteral("No D-Bus here.")));
        QVERIFY(!dialog.remember());
    }

    void acceptAndCancel()
    {
        TokenDialog dialog(QStringLiteral("https://lance.example.com"), true);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(edit && ok);
        dialog.show();
        QTest::keyClicks(edit, QStringLiteral("xyz"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        TokenDialog cancelled(QStringLiteral("https://lance.example.com"), true);
        auto *cancel = cancelled.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        cancelled.show();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestTokenDialog)
#include "test_token_dialog.moc"
