// Story: a rep enriches a selection in which some leads already have an
// email on file. The estimate says how many, offers to skip them (the
// default), and the charge is for the others only: the leads on file are
// left out of the requests.
#include "story_harness.h"

#include <QPushButton>
#include <QRadioButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryOnFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-on-file"); }

    void leadsOnFileAreSkippedAndNotCharged()
    {
        DemoApp app(400);
        QVERIFY(app.start());
        // Three rows the table shows "On file" for, three with nothing.
        QList<int> onFile, others;
        for (int row = 0; row < 100 && (onFile.size() < 3 || others.size() < 3); ++row) {
            QTRY_VERIFY(app.model()->leadAt(row));
            const QString shown =
                app.model()->index(row, LeadTableModel::EmailStatusColumn).data().toString();
            if (shown == QLatin1String("On file") && onFile.size() < 3)
                onFile << row;
            else if (shown.isEmpty() && others.size() < 3)
                others << row;
        }
        QCOMPARE(onFile.size(), 3);
        QCOMPARE(others.size(), 3);
        const QList<int> rows = onFile + others;
        for (int i = 0; i < rows.size(); ++i)
            app.clickRow(rows[i], i == 0 ? Qt::NoModifier : Qt::ControlModifier);
        QTRY_COMPARE(app.model()->selection().count(), 6);
        const qint64 before = app.balance().available;

        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        auto *said = dialog->findChild<QLabel *>(QStringLiteral("estimateOnFile"));
        QVERIFY(said && said->isVisible());
        QCOMPARE(said->text(), QStringLiteral("3 of the selected leads already have an email on "
                                              "file."));
        auto *skip = dialog->findChild<QRadioButton *>(QStringLiteral("skipOnFile"));
        auto *too = dialog->findChild<QRadioButton *>(QStringLiteral("includeOnFile"));
        QVERIFY(skip && too);
        QCOMPARE(skip->text().remove(QLatin1Char('&')),
                 QStringLiteral("Skip the 3 that already have one"));
        QVERIFY(skip->isChecked()); // the default
        const qint64 cost = app.estimateValue(dialog, "estimateCostPerFound").toLongLong();
        QVERIFY(cost > 0);
        QCOMPARE(app.estimateValue(dialog, "estimateSelected"), QStringLiteral("6"));
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QStringLiteral("3"));
        QCOMPARE(app.estimateValue(dialog, "estimateMaxCost"),
                 QStringLiteral("%1 credits").arg(3 * cost));
        QCOMPARE(dialog->enrichButton()->text().remove(QLatin1Char('&')),
                 QStringLiteral("Enrich 3 leads"));
        // "Enrich them too" shows what that would cost; back to skipping.
        too->click();
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QStringLiteral("6"));
        QCOMPARE(app.estimateValue(dialog, "estimateMaxCost"),
                 QStringLiteral("%1 credits").arg(6 * cost));
        skip->click();
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QStringLiteral("3"));

        dialog->enrichButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(others, LeadTableModel::EmailStatusColumn), 30000);
        QTRY_COMPARE(app.balance().held, 0);
        int found = 0;
        for (int row : others)
            found += app.model()
                         ->index(row, LeadTableModel::EmailStatusColumn)
                         .data(LeadTableModel::DataFoundRole)
                         .toBool();
        // Charged for the others' finds only, within the estimate.
        QCOMPARE(before - app.balance().available, found * cost);
        // The leads on file were never asked for: still on file, and the
        // engine still counts them as such.
        Selection kept;
        for (int row : onFile) {
            QCOMPARE(app.model()->index(row, LeadTableModel::EmailStatusColumn).data().toString(),
                     QStringLiteral("On file"));
            kept.setSelected(app.idAt(row), true);
        }
        QCOMPARE(app.estimate(kept, ContactField::Emails).onFile, 3);
    }
};

QTEST_MAIN(TestStoryOnFile)
#include "test_story_on_file.moc"
