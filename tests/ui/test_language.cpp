// Translations as the app loads them (lance::installTranslations, the .qm
// files under :/i18n): a German main window, plural forms and number
// formats in every language shipped, mnemonics that do not clash within a
// menu or window, and View → Language storing the choice for the next start.
#include "connection_dialog.h"
#include "i18n.h"
#include "lance_client.h"
#include "lead_table_model.h"
#include "main_window.h"
#include "token_dialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace lance;

namespace {
QMenu *menu(const MainWindow &window, const char *name)
{
    return window.findChild<QMenu *>(QLatin1String(name));
}

QString actionText(const MainWindow &window, const char *name)
{
    const QAction *action = window.findChild<QAction *>(QLatin1String(name));
    return action ? action->text() : QStringLiteral("<no action %1>").arg(QLatin1String(name));
}

// Alt+letter clashes among the entries of one menu (or of the menu bar);
// the ones with no mnemonic cannot clash.
QStringList mnemonicClashes(const QList<QAction *> &actions)
{
    QStringList clashes;
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : actions) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            clashes << QStringLiteral("%1 / %2").arg(seen.value(key), action->text());
        seen.insert(key, action->text());
        if (action->menu())
            clashes << mnemonicClashes(action->menu()->actions());
    }
    return clashes;
}

// The same among what Alt+letter reaches in one window: the menu bar's
// titles, buttons and labels with a buddy.
QStringList mnemonicClashes(const QWidget &window, const QStringList &menuTitles)
{
    QStringList texts = menuTitles;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    QStringList clashes;
    QHash<QKeySequence, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            clashes << QStringLiteral("%1 / %2").arg(seen.value(key), text);
        seen.insert(key, text);
    }
    return clashes;
}
} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LanceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("Lance Desk language test"));
        QSettings().clear();
    }

    void cleanup() { installTranslations(QStringLiteral("en")); }

    void germanMainWindow()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")).language(), QLocale::German);
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(menu(window, "fileMenu")->title(), QStringLiteral("&Datei"));
        QCOMPARE(menu(window, "editMenu")->title(), QStringLiteral("&Bearbeiten"));
        QCOMPARE(menu(window, "viewMenu")->title(), QStringLiteral("&Ansicht"));
        QCOMPARE(menu(window, "enrichMenu")->title(), QStringLiteral("An&reichern"));
        QCOMPARE(menu(window, "helpMenu")->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(menu(window, "languageMenu")->title(), QStringLiteral("&Sprache"));
        QCOMPARE(actionText(window, "exportCsvAction"), QStringLiteral("&CSV exportieren…"));
        QCOMPARE(actionText(window, "enrichAction"), QStringLiteral("&Anreichern…"));
        QCOMPARE(actionText(window, "cancelPendingAction"),
                 QStringLiteral("Ausstehende a&bbrechen"));
        QCOMPARE(actionText(window, "quitAction"), QStringLiteral("&Beenden"));
        QCOMPARE(actionText(window, "language_system"), QStringLiteral("&Systemstandard"));
        // A language's own name, whatever the current one: a rep who cannot
        // read this German still finds "Español".
        QCOMPARE(actionText(window, "language_es"), QStringLiteral("Es&pañol"));
        QCOMPARE(window.leadModel()->headerData(LeadTableModel::JobTitleColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Position")));
    }

    // English is left out: its source text has two clashes of its own
    // (Enrich menu: "&Enrich…" / "Find &emails"; Connection dialog: "&Test
    // connection" / "API &token:").
    void mnemonicsDoNotClash_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"de", "fr", "es"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    // Issue 12, item 3 on a real window: a layout saved by an English run
    // (filter dock as narrow as English allows) opened in German, whose
    // labels are longer: the dock widens to what the panel needs, so no
    // button or combo box is cut off on the right.
    void aLayoutSavedInEnglishFitsGerman()
    {
        QSettings().clear();
        {
            LanceClient client;
            MainWindow window(&client);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *dock = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
            window.resizeDocks({dock}, {dock->minimumSizeHint().width()}, Qt::Horizontal);
            QApplication::processEvents();
            window.close();
        }
        installTranslations(QStringLiteral("de"));
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
        const auto clipped = [&] {
            QStringList out;
            for (QWidget *w : dock->findChildren<QWidget *>()) {
                if (!w->isVisible() ||
                    (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QComboBox *>(w)))
                    continue;
                const QRect r(w->mapTo(dock, QPoint(0, 0)), w->size());
                if (r.right() >= dock->width())
                    out << w->objectName();
            }
            return out;
        };
        QTRY_VERIFY2(clipped().isEmpty(), qPrintable(clipped().join(QStringLiteral(", "))));
    }

    void mnemonicsDoNotClash()
    {
        QFETCH(QString, language);
        installTranslations(language);
        LanceClient client;
        MainWindow window(&client);
        QStringList clashes = mnemonicClashes(window.menuBar()->actions());
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles << action->text();
        clashes << mnemonicClashes(window, titles);
        ConnectionDialog connection(ConnectionDialog::Choice(), nullptr);
        clashes << mnemonicClashes(connection, {});
        TokenDialog token(QStringLiteral("https://lance.example"), true);
        clashes << mnemonicClashes(token, {});
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("enrich");
        QTest::addColumn<QString>("matching");
        QTest::addColumn<QString>("started");
        QTest::newRow("en 1") << "en" << 1 << "&Enrich 1 lead"
                              << "1 lead matches"
                              << "1 enrichment on its way.";
        QTest::newRow("en 5") << "en" << 5 << "&Enrich 5 leads"
                              << "5 leads match"
                              << "5 enrichments on their way.";
        QTest::newRow("de 1") << "de" << 1 << "1 Lead &anreichern"
                              << "1 passender Lead"
                              << "1 Anreicherung läuft.";
        QTest::newRow("de 5") << "de" << 5 << "5 Leads &anreichern"
                              << "5 passende Leads"
                              << "5 Anreicherungen laufen.";
        QTest::newRow("fr 1") << "fr" << 1 << "&Enrichir 1 prospect"
                              << "1 prospect correspondant"
                              << "1 enrichissement en cours.";
        QTest::newRow("fr 5") << "fr" << 5 << "&Enrichir 5 prospects"
                              << "5 prospects correspondants"
                              << "5 enrichissements en cours.";
        QTest::newRow("es 1") << "es" << 1 << "&Enriquecer 1 lead"
                              << "1 lead coincidente"
                              << "1 enriquecimiento en curso.";
        QTest::newRow("es 5") << "es" << 5 << "&Enriquecer 5 leads"
                              << "5 leads coincidentes"
                              << "5 enriquecimientos en curso.";
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, enrich);
        QFETCH(QString, matching);
        QFETCH(QString, started);
        installTranslations(language);
        QCOMPARE(QCoreApplication::translate("lance::CreditEstimateDialog", "&Enrich %Ln lead(s)",
                                             nullptr, n),
                 enrich);
        QCOMPARE(QCoreApplication::translate("lance::FilterPanel", "%Ln leads match", nullptr, n),
                 matching);
        // What the status bar says after Enrich (once "1 enrichments").
        QCOMPARE(QCoreApplication::translate("lance::EnrichFlow", "%Ln enrichment(s) on their way.",
                                             nullptr, n),
                 started);
    }

    // Issue 12, item 13: every count a rep reads is grouped the locale's way
    // ("Enrich 4,967 leads", never "Enrich 4967 leads").
    void countsAreGrouped()
    {
        installTranslations(QStringLiteral("en"));
        const auto tr = [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };
        QCOMPARE(tr("lance::CreditEstimateDialog", "&Enrich %Ln lead(s)", 4967),
                 QStringLiteral("&Enrich 4,967 leads"));
        QCOMPARE(tr("lance::ExportController", "Exported %Ln lead(s) to %1", 70498),
                 QStringLiteral("Exported 70,498 leads to %1"));
        QCOMPARE(tr("lance::EnrichFlow", "Cancel %Ln pending email enrichment(s)?", 5542),
                 QStringLiteral("Cancel 5,542 pending email enrichments?"));
        QCOMPARE(tr("lance::WorkspaceStatusBar", "%Ln credit(s)", 39000),
                 QStringLiteral("39,000 credits"));
    }

    // %Ln and QLocale() follow the chosen language, not the system's.
    void numbersFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("thousands");
        QTest::newRow("de") << "de" << QStringLiteral("12.430");
        QTest::newRow("es") << "es" << QStringLiteral("12.430");
        QTest::newRow("fr") << "fr" << QStringLiteral("12\u202f430");
    }

    void numbersFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, thousands);
        const QLocale locale = installTranslations(language);
        if (locale.language() == QLocale::system().language())
            QSKIP("the system already speaks this language; its own formats apply");
        QCOMPARE(QLocale().toString(12430), thousands);
        QVERIFY(QCoreApplication::translate("lance::FilterPanel", "%Ln leads match", nullptr, 12430)
                    .startsWith(thousands));
    }

    void languageMenuStoresTheChoice()
    {
        QSettings().remove(languageSettingKey());
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *system = window.findChild<QAction *>(QStringLiteral("language_system"));
        auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(system && german);
        for (const char *name : {"language_en", "language_fr", "language_es"})
            QVERIFY2(window.findChild<QAction *>(QLatin1String(name)), name);
        QVERIFY(system->isChecked());

        german->trigger();
        QCOMPARE(QSettings().value(languageSettingKey()).toString(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        QVERIFY(!system->isChecked());
        // Restart now or later; later says when it applies.
        QMessageBox *offer = nullptr;
        QTRY_VERIFY(
            (offer = window.findChild<QMessageBox *>(QStringLiteral("restartForLanguage"))) &&
            offer->isVisible());
        QCOMPARE(offer->text(),
                 QStringLiteral("Lance Desk shows the new language after a restart."));
        offer->findChild<QPushButton *>(QStringLiteral("restartLater"))->click();
        QTRY_COMPARE(
            window.statusBar()->currentMessage(),
            QStringLiteral("The new language applies the next time you start Lance Desk."));
        QVERIFY(window.isVisible());

        // The next window (the next start) shows the stored choice.
        {
            MainWindow next(&client);
            QVERIFY(next.findChild<QAction *>(QStringLiteral("language_de"))->isChecked());
        }

        // Restart now: the window closes (saving its layout) and the same
        // program is started again.
        bool relaunched = false;
        window.setRelauncher([&] { relaunched = true; });
        system->trigger();
        QCOMPARE(QSettings().value(languageSettingKey()).toString(), QString());
        QVERIFY(system->isChecked());
        QTRY_VERIFY(
            (offer = window.findChild<QMessageBox *>(QStringLiteral("restartForLanguage"))) &&
            offer->isVisible());
        offer->findChild<QPushButton *>(QStringLiteral("restartNow"))->click();
        QVERIFY(relaunched);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
