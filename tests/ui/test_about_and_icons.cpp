// The window's actions carry their icons (and the toolbar still shows every
// label beside them), and Help → About opens the About dialog with the
// version, the Qt versions and the licence. No server is needed for either.
#include "about_dialog.h"
#include "i18n.h"
#include "lance_client.h"
#include "main_window.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace lance;

namespace {
// Something is drawn: an icon whose SVG failed to load or parse would give
// a null or fully transparent pixmap.
bool hasInk(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

QString allLabelText(const QWidget *parent)
{
    QStringList texts;
    for (const QLabel *label : parent->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}
} // namespace

class TestAboutAndIcons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslations(QStringLiteral("en")); // as the app shows English
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LanceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("Lance Desk about and icons test"));
        QSettings().clear();
    }

    // Issue 12, item 14: the Enrich menu shows which field Enrich finds,
    // whichever way the rep chose it (menu, Alt+2, the toolbar's box).
    void theEnrichMenuShowsTheActiveField()
    {
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *emails = window.findChild<QAction *>(QStringLiteral("fieldEmailsAction"));
        auto *phones = window.findChild<QAction *>(QStringLiteral("fieldPhonesAction"));
        QVERIFY(emails && phones);
        window.setField(ContactField::Emails);
        QVERIFY(emails->isCheckable() && emails->isChecked() && !phones->isChecked());
        phones->trigger();
        QCOMPARE(window.field(), ContactField::Phones);
        QVERIFY(phones->isChecked() && !emails->isChecked());
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("fieldCombo"));
        combo->setCurrentIndex(combo->findData(int(ContactField::Emails)));
        QVERIFY(emails->isChecked() && !phones->isChecked());
    }

    // Issue 12, item 14: Help lists every keyboard shortcut, read from the
    // actions themselves, and has a short "Getting started".
    void helpListsTheShortcutsAndHowToStart()
    {
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QTableWidget *table = nullptr;
        QTRY_VERIFY((table = window.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))));
        QTRY_VERIFY(table->isVisible());
        QMap<QString, QString> shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        QCOMPARE(shown.value(QStringLiteral("Enrich")),
                 window.enrichAction()->shortcut().toString(QKeySequence::NativeText));
        QCOMPARE(shown.value(QStringLiteral("Find phones")), QStringLiteral("Alt+2"));
        // The filter lists' own keys are there too (issue 13).
        QCOMPARE(shown.value(QStringLiteral("Exclude a filter value, or stop excluding it")),
                 QStringLiteral("Shift+Space"));
        QVERIFY(shown.size() >= 10);
        table->window()->close();

        window.findChild<QAction *>(QStringLiteral("gettingStartedAction"))->trigger();
        QMessageBox *start = nullptr;
        QTRY_VERIFY((start = window.findChild<QMessageBox *>(QStringLiteral("gettingStarted"))));
        QVERIFY(start->text().contains(QStringLiteral("Enrich (Ctrl+E)")));
        start->close();
    }

    void actionsHaveIcons()
    {
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The actions that name something a rep looks for; Quit, Select
        // none, Go to leads and the field choices stay text only.
        const QStringList withIcons = {
            QStringLiteral("enrichAction"),        QStringLiteral("cancelPendingAction"),
            QStringLiteral("retryFailedAction"),   QStringLiteral("exportCsvAction"),
            QStringLiteral("connectAction"),       QStringLiteral("refreshAction"),
            QStringLiteral("toggleFiltersAction"), QStringLiteral("focusFilterAction"),
            QStringLiteral("toggleDetailsAction"), QStringLiteral("selectAllMatchingAction"),
            QStringLiteral("aboutAction"),
        };
        QStringList inMenus;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QVERIFY(menuAction->menu());
            for (QAction *a : menuAction->menu()->actions()) {
                if (!a->isSeparator() && !a->menu())
                    inMenus << a->objectName();
            }
        }
        for (const QString &name : withIcons) {
            QVERIFY2(inMenus.contains(name), qPrintable(name + QStringLiteral(" is in no menu")));
            QAction *a = window.findChild<QAction *>(name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->icon().isNull(), qPrintable(name));
            for (int size : {16, 24}) {
                const QPixmap pixmap = a->icon().pixmap(size);
                QVERIFY2(!pixmap.isNull(), qPrintable(name));
                QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(size, size));
                QVERIFY2(hasInk(pixmap),
                         qPrintable(QStringLiteral("%1 at %2 px").arg(name).arg(size)));
            }
        }

        // Every toolbar button has an icon and still shows its text.
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        int buttons = 0;
        for (QAction *a : bar->actions()) {
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
            if (a->isSeparator() || !button)
                continue; // the field combo box is a widget, not a button
            ++buttons;
            QVERIFY2(withIcons.contains(a->objectName()), qPrintable(a->objectName()));
            QVERIFY(!button->icon().isNull());
            QVERIFY(!button->text().isEmpty());
        }
        QCOMPARE(buttons, 5); // Enrich…, Cancel pending, Retry failed, Export CSV…, Connection…
    }

    void aboutOpensTheAboutDialog()
    {
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();

        QPointer<AboutDialog> dialog;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()

        const QString text = allLabelText(dialog);
        QVERIFY2(text.contains(QStringLiteral(LANCE_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("MIT")), qPrintable(text));
        auto *icon = dialog->findChild<QLabel *>(QStringLiteral("aboutIcon"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());

        // The licence text is there on demand, and goes away again.
        auto *licenceButton =
            dialog->findChild<QPushButton *>(QStringLiteral("aboutLicenceButton"));
        auto *licence = dialog->findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(licenceButton);
        QVERIFY(licence);
        QVERIFY(!licenceButton->accessibleName().isEmpty());
        QVERIFY(!licence->isVisible());
        QTest::mouseClick(licenceButton, Qt::LeftButton);
        QTRY_VERIFY(licence->isVisible());
        QVERIFY(licence->toPlainText().contains(QStringLiteral("MIT License")));
        QVERIFY(licence->toPlainText().contains(QStringLiteral("WITHOUT WARRANTY"),
                                                Qt::CaseInsensitive));
        QTest::mouseClick(licenceButton, Qt::LeftButton);
        QTRY_VERIFY(!licence->isVisible());
        // With a LICENSE in the repository, that file is what is shown, not
        // the built-in notice.
        bool fromFile = false;
        AboutDialog::licenceText(&fromFile);
        if (QFile::exists(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../LICENSE")))
            QVERIFY(fromFile);

        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("aboutCloseButton"));
        QVERIFY(close);
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        // Deleted on close, so the next About is a fresh dialog.
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(!window.findChild<AboutDialog *>());

        // Escape closes it too, as any dialog.
        about->trigger();
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
    }
};

QTEST_MAIN(TestAboutAndIcons)
#include "test_about_and_icons.moc"
