// The Connection dialog and switching live between the demo engine and a
// server: test connection shows the organization and balance, a bad token
// or an insecure address is said before anything changes, and the window's
// leads, statuses and selection follow the connection. Work left pending on
// the demo engine is tracked again when the rep comes back to it.
#include "connector.h"
#include "story_harness.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace lance;

class TestConnectionSwitch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static ConnectionDialog *openDialog(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        ConnectionDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = window.findChild<ConnectionDialog *>();
                return dialog && dialog->isVisible();
            },
            10000);
        return dialog;
    }
    template <typename T> static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QLatin1String(name));
    }

private slots:
    void initTestCase() { lance::test::isolateSettings("connection-switch"); }

    void dialogChecksBeforeAnythingChanges()
    {
        ConnectionDialog::Choice current;
        ConnectionDialog dialog(current, nullptr);
        dialog.show();
        auto *url = child<QLineEdit>(&dialog, "serverUrl");
        auto *ok = child<QPushButton>(&dialog, "connectOk");
        QVERIFY(!url->isEnabled()); // demo chosen
        QVERIFY(ok->isEnabled());
        child<QRadioButton>(&dialog, "connectServer")->setChecked(true);
        QVERIFY(url->isEnabled());
        QVERIFY(!ok->isEnabled()); // no address yet
        QTest::keyClicks(url, QStringLiteral("http://lance.example.com"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.testResult().contains(QStringLiteral("https")));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://lance.example.com"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.choice().serverUrl, QUrl(QStringLiteral("https://lance.example.com")));
        QVERIFY(!dialog.choice().demo);
    }

    void switchToAServerAndBack()
    {
        // "The server": another engine on loopback, with its own leads.
        engine::EmbeddedEngine server;
        engine::EngineConfig serverConfig;
        serverConfig.port = 0;
        serverConfig.dbPath = m_dir.filePath(QStringLiteral("server.sqlite"));
        serverConfig.seedDemo = 200;
        serverConfig.startingCredits = 777;
        serverConfig.tokens = {
            {QStringLiteral("server-b-token"), QStringLiteral("rep"), QStringLiteral("org_acme")}};
        QSignalSpy serverUp(&server, &engine::EmbeddedEngine::started);
        server.start(serverConfig);
        QVERIFY(serverUp.wait(60000));

        LanceClient client;
        MainWindow window(&client);
        Connector connector(client, window, m_dir.filePath(QStringLiteral("demo.sqlite")));
        connector.setDemoLeads(300);
        window.show();
        connector.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(window.leadModel()->total(), 300, 60000);
        QTRY_VERIFY(window.leadModel()->leadAt(0));
        // Slow providers on the demo engine are its default; three pending.
        window.leadModel()->setSelected({window.leadModel()->leadAt(0)->id,
                                         window.leadModel()->leadAt(1)->id,
                                         window.leadModel()->leadAt(2)->id},
                                        true);
        QSignalSpy submitted(window.session(), &EnrichmentSession::submitted);
        window.session()->submit(window.leadModel()->selection(), ContactField::Phones);
        QVERIFY(submitted.wait(30000));
        QCOMPARE(window.session()->tally().pending, 3);

        ConnectionDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "connectDemo")->isChecked());
        child<QRadioButton>(dialog, "connectServer")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(dialog, "serverUrl"), server.baseUrl().toString());
        auto *token = child<QLineEdit>(dialog, "apiToken");
        QTest::keyClicks(token, QStringLiteral("wrong-token"));
        child<QCheckBox>(dialog, "rememberToken")->setChecked(false);
        child<QPushButton>(dialog, "testConnection")->click();
        QTRY_VERIFY2(dialog->testResult().contains(QStringLiteral("token")),
                     qPrintable(dialog->testResult()));
        token->clear();
        QTest::keyClicks(token, QStringLiteral("server-b-token"));
        child<QPushButton>(dialog, "testConnection")->click();
        QTRY_COMPARE(dialog->testResult(),
                     QStringLiteral("Connected: organization org_acme, 777 credits available"));
        child<QPushButton>(dialog, "connectOk")->click();

        // The window now shows the server's leads, and nothing of the demo.
        QTRY_COMPARE_WITH_TIMEOUT(window.leadModel()->total(), 200, 30000);
        QCOMPARE(client.baseUrl(), server.baseUrl());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("demoBadge"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(),
                 QStringLiteral("Connected to 127.0.0.1"));
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("creditBalance"))->text(),
                     QStringLiteral("777 credits"));
        QCOMPARE(window.session()->tally().total(), 0);
        QVERIFY(window.leadModel()->selection().isEmpty());
        QCOMPARE(window.session()->poller()->pendingCount(), 0);
        QCOMPARE(QSettings().value(Connector::serverSettingKey()).toString(),
                 server.baseUrl().toString());
        QVERIFY(!connector.engine().isRunning()); // the demo engine is not needed now

        // Back to demo: the engine starts again on the same file, and the
        // three left pending there are tracked again (they may have
        // finished meanwhile: then their final status shows).
        dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "serverUrl")->text(), server.baseUrl().toString());
        child<QRadioButton>(dialog, "connectDemo")->setChecked(true);
        child<QPushButton>(dialog, "connectOk")->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.leadModel()->total(), 300, 60000);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBadge"))->isVisible());
        QTRY_COMPARE(window.session()->tally().total(), 3);
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY(window.leadModel()
                            ->index(row, LeadTableModel::PhoneStatusColumn)
                            .data(LeadTableModel::StatusRole)
                            .toInt() >= 0);
        QCOMPARE(QSettings().value(Connector::serverSettingKey()).toString(), QString());
        // In demo again, the dialog still offers the server it came from.
        dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "connectDemo")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "serverUrl")->text(), server.baseUrl().toString());
        dialog->reject();
        server.stop();
    }
};

QTEST_MAIN(TestConnectionSwitch)
#include "test_connection_switch.moc"
