// Story (issue 13): the rep enriches emails, then ticks "Not found" in the
// Email status section: the table shows exactly the leads whose email was
// not found, as many as the section said, and the rep enriches their phones.
#include "story_harness.h"

#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryRetryNotFound : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-retry-not-found"); }

    void notFoundEmailsAreRetriedWithPhones()
    {
        DemoApp app(400);
        app.config.failureRate = 0; // every one ends found or not found
        QVERIFY(app.start());
        QList<int> rows;
        for (int row = 0; row < 12; ++row) {
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
            rows << row;
        }
        QTRY_COMPARE(app.model()->selection().count(), rows.size());
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        dialog->enrichButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(rows, LeadTableModel::EmailStatusColumn), 30000);
        QStringList notFound;
        for (int row : rows) {
            if (app.model()->index(row, LeadTableModel::EmailStatusColumn).data().toString() ==
                QLatin1String("Not found"))
                notFound << app.idAt(row);
        }
        QVERIFY(!notFound.isEmpty()); // the seeded providers miss some of twelve
        QTRY_VERIFY(!app.window->findChild<CreditEstimateDialog *>());

        // The Email status section lists "Not found" with its count.
        auto *header = app.find<QToolButton>("section_email_status");
        auto *list = app.find<QListWidget>("facetList_email_status");
        QVERIFY(header && list);
        if (!header->isChecked())
            QTest::mouseClick(header, Qt::LeftButton);
        QListWidgetItem *item = nullptr;
        QTRY_VERIFY([&] {
            item = nullptr;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(FacetSection::ValueRole) == QLatin1String("not_found"))
                    item = list->item(i);
            }
            return item && item->data(FacetSection::CountTextRole).toString() ==
                               QLocale().toString(notFound.size());
        }());
        QCOMPARE(item->text(), QStringLiteral("Not found"));
        list->scrollToItem(item);
        const QRect at = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(at.left() + at.width() / 3, at.center().y()));
        QTRY_COMPARE(app.find<QLabel>("matchCount")->text(),
                     notFound.size() == 1 ? QStringLiteral("1 lead matches")
                                          : QStringLiteral("%1 leads match").arg(notFound.size()));
        QTRY_COMPARE(app.model()->rowCount(), notFound.size());
        QStringList shown;
        for (int row = 0; row < notFound.size(); ++row) {
            QTRY_VERIFY(app.model()->leadAt(row));
            QCOMPARE(app.model()->index(row, LeadTableModel::EmailStatusColumn).data().toString(),
                     QStringLiteral("Not found"));
            shown << app.idAt(row);
        }
        std::sort(shown.begin(), shown.end());
        std::sort(notFound.begin(), notFound.end());
        QCOMPARE(shown, notFound);

        // Retry them with phones.
        // Hand picks outlive filter changes: the old twelve go first.
        app.action("fieldPhonesAction")->trigger();
        app.action("selectNoneAction")->trigger();
        app.action("selectVisibleAction")->trigger();
        QTRY_COMPARE(app.model()->selection().count(), notFound.size());
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *phones = app.waitForEstimate();
        QVERIFY(phones);
        QCOMPARE(phones->windowTitle(), QStringLiteral("Enrich phones"));
        app.enrichThemToo(phones);
        QCOMPARE(app.estimateValue(phones, "estimateNew"), QLocale().toString(notFound.size()));
        phones->enrichButton()->click();
        QList<int> retried;
        for (int row = 0; row < notFound.size(); ++row)
            retried << row;
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(retried, LeadTableModel::PhoneStatusColumn), 30000);
    }
};

QTEST_MAIN(TestStoryRetryNotFound)
#include "test_story_retry_not_found.moc"
