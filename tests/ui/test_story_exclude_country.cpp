// Story (issue 13, 3): the rep leaves one country out. From the keyboard,
// Shift+Space on Germany in the Country list excludes it: the chip reads
// "not Germany", the match count drops by Germany's count, and no lead in
// the table is from Germany.
#include "story_harness.h"

#include <QListWidget>

using namespace lance;
using lance::test::DemoApp;

class TestStoryExcludeCountry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-exclude-country"); }

    void germanyIsLeftOut()
    {
        DemoApp app(1500);
        QVERIFY(app.start());
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTRY_VERIFY(app.model()->isTotalKnown());
        const qint64 all = app.model()->total();
        QCOMPARE(app.find<QLabel>("matchCount")->text(),
                 QStringLiteral("%1 leads match").arg(QLocale().toString(all)));

        // Germany's row says how many leads it has.
        auto *list = app.find<QListWidget>("facetList_country");
        QVERIFY(list);
        int germany = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                germany = -1;
                for (int i = 0; i < list->count(); ++i) {
                    if (list->item(i)->text() == QStringLiteral("Germany"))
                        germany = i;
                }
                return germany >= 0;
            }(),
            10000);
        const QString said = list->item(germany)->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(said.startsWith(QStringLiteral("Germany, ")), qPrintable(said));
        const qint64 inGermany = QLocale().toLongLong(
            said.section(QStringLiteral(", "), 1).section(QLatin1Char(' '), 0, 0));
        QVERIFY(inGermany > 0 && inGermany < all);

        // To the list, onto Germany, Shift+Space.
        list->setFocus(Qt::TabFocusReason);
        list->setCurrentRow(germany);
        QTest::keyClick(list, Qt::Key_Space, Qt::ShiftModifier);

        auto *chip = app.find<QLabel>("chipText_country_0");
        QTRY_VERIFY(chip);
        QCOMPARE(chip->text(), QStringLiteral("Country: not Germany"));
        QCOMPARE(chip->accessibleName(), QStringLiteral("Country: not Germany"));
        QCOMPARE(list->item(germany)->checkState(), Qt::Unchecked);
        QVERIFY(list->item(germany)
                    ->data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Germany, excluded, ")));
        QTRY_COMPARE(app.find<QLabel>("matchCount")->text(),
                     QStringLiteral("%1 leads match").arg(QLocale().toString(all - inGermany)));

        // Every lead of the table, page by page: none from Germany.
        QTRY_VERIFY(app.model()->isTotalKnown());
        QCOMPARE(app.model()->total(), all - inGermany);
        for (int row = 0; row < app.model()->rowCount(); ++row) {
            if (!app.model()->leadAt(row)) {
                app.table()->scrollTo(app.model()->index(row, LeadTableModel::NameColumn));
                QTRY_VERIFY(app.model()->leadAt(row));
            }
            QVERIFY2(app.model()->leadAt(row)->country != QStringLiteral("Germany"),
                     qPrintable(app.model()->leadAt(row)->fullName()));
        }

        // The chip's × brings them back.
        QTest::mouseClick(app.find<QAbstractButton>("chip_country_0"), Qt::LeftButton);
        QTRY_COMPARE(app.find<QLabel>("matchCount")->text(),
                     QStringLiteral("%1 leads match").arg(QLocale().toString(all)));
    }
};

QTEST_MAIN(TestStoryExcludeCountry)
#include "test_story_exclude_country.moc"
