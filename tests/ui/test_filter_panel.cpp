// The filter panel against the real embedded engine: the values it offers
// are the engine's, the FilterSet it builds finds what the rep expects, and
// every step works from the keyboard alone.
#include "engine.h"
#include "facet_section.h"
#include "filter_panel.h"
#include "i18n.h"
#include "lance_client.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace lance;

namespace {

FilterSet makeFilters(std::initializer_list<std::pair<QString, QStringList>> entries)
{
    FilterSet f;
    for (const auto &e : entries)
        f.set(e.first, e.second);
    return f;
}

QString jobTitle()
{
    return QStringLiteral("job_title");
}
QString country()
{
    return QStringLiteral("country");
}

} // namespace

class TestFilterPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    engine::EmbeddedEngine m_engine;
    LanceClient m_client;

    // The engine's own answer, asked through the same client the panel uses.
    QList<FacetValue> engineFacets(const QString &key, const QString &search,
                                   const FilterSet &context = FilterSet(),
                                   int size = FilterPanel::kFacetPageSize)
    {
        auto got = std::make_shared<std::optional<Result<QList<FacetValue>>>>();
        m_client.facets(key, search, context, size, 0, this,
                        [got](const Result<QList<FacetValue>> &r) { *got = r; });
        if (!QTest::qWaitFor([got] { return got->has_value(); }, 10000) || !(*got)->ok()) {
            qWarning("facets request failed");
            return {};
        }
        return *(*got)->value;
    }

    // What the table would show as its total for these filters; -1 on failure.
    qint64 searchTotal(const FilterSet &filters)
    {
        auto got = std::make_shared<std::optional<Result<SearchPage>>>();
        m_client.search(filters, SortSpec(), 0, 1, this,
                        [got](const Result<SearchPage> &r) { *got = r; });
        if (!QTest::qWaitFor([got] { return got->has_value(); }, 10000) || !(*got)->ok())
            return -1;
        return (*got)->value->totalElements;
    }

    // What the window tells the panel at every connection: the server's
    // own /meta, asked through the same client.
    ServerMeta engineMeta()
    {
        auto got = std::make_shared<std::optional<Result<ServerMeta>>>();
        m_client.meta(this, [got](const Result<ServerMeta> &r) { *got = r; });
        if (!QTest::qWaitFor([got] { return got->has_value(); }, 10000) || !(*got)->ok()) {
            qWarning("meta request failed");
            return {};
        }
        return *(*got)->value;
    }

    std::unique_ptr<FilterPanel> shownPanel()
    {
        auto panel = std::make_unique<FilterPanel>(&m_client);
        panel->setServerMeta(engineMeta());
        panel->resize(360, 900);
        panel->show();
        return panel;
    }

    template <typename T> static T *child(const QWidget &panel, const QString &name)
    {
        return panel.findChild<T *>(name);
    }

    // What a row shows: the value, and its count at the right ("1,542").
    static QStringList itemTexts(const QListWidget *list)
    {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text() + QStringLiteral("  ") +
                         list->item(i)->data(FacetSection::CountTextRole).toString();
        return texts;
    }

    static QStringList expectedTexts(const QList<FacetValue> &values)
    {
        QStringList texts;
        for (const FacetValue &v : values)
            texts << QStringLiteral("%1  %2").arg(v.key, QLocale().toString(v.count));
        return texts;
    }

    static int rowOf(const QListWidget *list, const QString &value)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == value)
                return i;
        }
        return -1;
    }

    // A click on the row's value, as a rep ticks it.
    static void clickItem(QListWidget *list, int row, Qt::KeyboardModifiers modifiers = {})
    {
        list->scrollToItem(list->item(row));
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers,
                          QPoint(rect.left() + rect.width() / 3, rect.center().y()));
    }

    // A click on the row's exclude mark (⊘).
    static void clickMark(QListWidget *list, int row)
    {
        list->scrollToItem(list->item(row));
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {},
            FacetSection::excludeRect(list->visualItemRect(list->item(row))).center());
    }

    static FacetSection::State stateOf(const QListWidget *list, int row)
    {
        return FacetSection::State(list->item(row)->data(FacetSection::StateRole).toInt());
    }

    // Keys go where the keyboard focus is, as a rep's keystrokes do.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }
    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }
    // Tabs forward until the widget named `name` has the focus; false when a
    // whole lap of the chain never gets there.
    static bool tabTo(const QString &name)
    {
        for (int i = 0; i < 60; ++i) {
            if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == name)
                return true;
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return false;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        installTranslations(QStringLiteral("en")); // as the app shows English
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LanceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("Lance Desk filter panel test"));
        QSettings().clear();
        // Counts are grouped the way the rep's locale groups them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        engine::EngineConfig c;
        c.port = 0;
        c.dbPath = m_dir.filePath(QStringLiteral("filters.sqlite"));
        c.seedDemo = 2000;
        c.tokens = {{QStringLiteral("filter-test-token"), QStringLiteral("demo_user"),
                     QStringLiteral("demo_org")}};
        QSignalSpy started(&m_engine, &engine::EmbeddedEngine::started);
        m_engine.start(c);
        QVERIFY(started.wait(60000));
        QVERIFY(m_client.setServer(m_engine.baseUrl(), m_engine.token()));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_engine.stop();
    }

    void init() { QSettings().remove(QStringLiteral("filterPresets")); }

    void sectionsFollowTheExactKeys()
    {
        FilterPanel panel(&m_client);
        const QStringList titles{QStringLiteral("Job title"),  QStringLiteral("Seniority"),
                                 QStringLiteral("Department"), QStringLiteral("Company"),
                                 QStringLiteral("Industry"),   QStringLiteral("City"),
                                 QStringLiteral("Country")};
        QCOMPARE(FilterSet::exactKeys().size(), titles.size());
        for (int i = 0; i < titles.size(); ++i) {
            const QString &key = FilterSet::exactKeys().at(i);
            auto *header = child<QToolButton>(panel, QStringLiteral("section_%1").arg(key));
            QVERIFY2(header, qPrintable(key));
            QCOMPARE(header->text(), titles.at(i));
            auto *edit = child<QLineEdit>(panel, QStringLiteral("facetSearch_%1").arg(key));
            QVERIFY(edit && !edit->accessibleName().isEmpty());
            QVERIFY(child<QListWidget>(panel, QStringLiteral("facetList_%1").arg(key)));
        }
        // Every control a rep can act on is named for tests and screen readers.
        for (QWidget *w : panel.findChildren<QWidget *>()) {
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) &&
                !qobject_cast<QComboBox *>(w) && !qobject_cast<QListWidget *>(w))
                continue;
            if (w->parent() && qobject_cast<QLineEdit *>(w->parent()))
                continue; // the line edit's own clear button
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        auto *freeText = child<QLineEdit>(panel, QStringLiteral("freeText"));
        QCOMPARE(freeText->placeholderText(), QStringLiteral("Search name, title or company"));
    }

    // Issue 12, item 3: in every language, at the width the panel asks
    // for, no control is cut off on the right, and a long chip keeps its ×.
    void nothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "fr", "es"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        installTranslations(language);
        auto panel = shownPanel();
        panel->resize(panel->minimumSizeHint().width(), 900);
        auto *freeText = child<QLineEdit>(*panel, QStringLiteral("freeText"));
        QTest::keyClicks(freeText, QStringLiteral("Senior director of international business "
                                                  "development and strategic partnerships"));
        QTest::keyClick(freeText, Qt::Key_Return);
        auto *scroll = child<QScrollArea>(*panel, QStringLiteral("filterScroll"));
        QWidget *viewport = scroll->viewport();
        QTRY_VERIFY(panel->findChild<QToolButton *>(QStringLiteral("chip_q_0")));
        QApplication::processEvents(); // the layout settles
        const auto clipped = [&] {
            QStringList out;
            for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
                if (!w->isVisible() ||
                    (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QComboBox *>(w) &&
                     !qobject_cast<QLabel *>(w)))
                    continue;
                if (qobject_cast<QLineEdit *>(w->parent()))
                    continue; // the line edit's own clear button
                const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
                if (r.right() > viewport->width() || w->width() < w->minimumSizeHint().width())
                    out << w->objectName() + QLatin1Char(' ') +
                               QString::fromLatin1(w->metaObject()->className());
            }
            return out;
        };
        QTRY_VERIFY2(clipped().isEmpty(), qPrintable(clipped().join(QStringLiteral(", "))));
        auto *chip = panel->findChild<QToolButton *>(QStringLiteral("chip_q_0"));
        QCOMPARE(chip->text(), QStringLiteral("\u00d7"));
        QVERIFY(chip->isVisible());
        auto *chipText = panel->findChild<QLabel *>(QStringLiteral("chipText_q_0"));
        QVERIFY(chipText->text().endsWith(QStringLiteral("…")));
        QVERIFY(chipText->toolTip().endsWith(QStringLiteral("strategic partnerships")));
        // A click on the text is not a click on the ×: the filter stays.
        QTest::mouseClick(chipText, Qt::LeftButton);
        QVERIFY(panel->filters().contains(QStringLiteral("q")));
        installTranslations(QStringLiteral("en"));
    }

    // Issue 13: a section opens on its top values with their counts, and
    // the box finds a value by any part of it ("engineer" finds "Software
    // Engineer"); folded sections ask nothing until opened.
    void sectionsOpenOnTopValuesAndTheBoxFindsAnyPart()
    {
        const QList<FacetValue> top = engineFacets(jobTitle(), QString());
        QCOMPARE(top.size(), FilterPanel::kFacetPageSize);

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QTRY_VERIFY(list->isVisible());
        QTRY_COMPARE(itemTexts(list), expectedTexts(top));
        for (int i = 0; i < list->count(); ++i) {
            QCOMPARE(list->item(i)->checkState(), Qt::Unchecked);
            QVERIFY(list->item(i)
                        ->data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(list->item(i)->text() + QStringLiteral(", ")));
        }
        // More than a page: "Show more" lists the next one.
        auto *more = child<QPushButton>(*panel, QStringLiteral("facetMore_job_title"));
        QVERIFY(more->isVisible());
        QTest::mouseClick(more, Qt::LeftButton);
        const QList<FacetValue> twoPages =
            engineFacets(jobTitle(), QString(), FilterSet(), 2 * FilterPanel::kFacetPageSize);
        QTRY_COMPARE(itemTexts(list), expectedTexts(twoPages));

        const QList<FacetValue> engineers = engineFacets(jobTitle(), QStringLiteral("engineer"));
        QVERIFY(engineers.size() >= 2);
        QVERIFY(std::any_of(engineers.cbegin(), engineers.cend(), [](const FacetValue &v) {
            return !v.key.startsWith(QStringLiteral("engineer"), Qt::CaseInsensitive);
        }));
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        QTest::keyClicks(edit, QStringLiteral("engineer"));
        QTRY_COMPARE(itemTexts(list), expectedTexts(engineers));
        // Typing looks; only ticking filters.
        QCOMPARE(changed.size(), 0);
        QVERIFY(panel->filters().isEmpty());

        // Company starts folded: nothing listed, nothing asked, until opened.
        auto *companyHeader = child<QToolButton>(*panel, QStringLiteral("section_company"));
        auto *companies = child<QListWidget>(*panel, QStringLiteral("facetList_company"));
        QVERIFY(!companyHeader->isChecked());
        QCOMPARE(companies->count(), 0);
        QTest::mouseClick(companyHeader, Qt::LeftButton);
        QTRY_COMPARE(itemTexts(companies),
                     expectedTexts(engineFacets(QStringLiteral("company"), QString())));

        // Counts follow the locale ("1,542"): see the outcome sections.
    }

    void tickingAValueEmitsItsFilterSetOnce()
    {
        const QList<FacetValue> expected = engineFacets(jobTitle(), QStringLiteral("Data"));
        QVERIFY(expected.size() >= 2);

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QTest::keyClicks(edit, QStringLiteral("Data"));
        QTRY_COMPARE(itemTexts(list), expectedTexts(expected));

        clickItem(list, 1);
        const FilterSet want = makeFilters({{jobTitle(), {expected.at(1).key}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<FilterSet>(), want);
        QCOMPARE(panel->filters(), want);
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        QCOMPARE(stateOf(list, 1), FacetSection::State::Included);
        // A click ticks and leaves the box alone: the rep may tick another.
        QCOMPARE(edit->text(), QStringLiteral("Data"));
        auto *chip = child<QToolButton>(*panel, QStringLiteral("chip_job_title_0"));
        QVERIFY(chip);
        QCOMPARE(chip->accessibleName(),
                 QStringLiteral("Remove filter Job title: %1").arg(expected.at(1).key));
        auto *header = child<QToolButton>(*panel, QStringLiteral("section_job_title"));
        QCOMPARE(header->text(), QStringLiteral("Job title (1)"));
        // Nothing else follows: not a second activation, not a late answer.
        QVERIFY(!changed.wait(3 * FilterPanel::kFacetDebounceMs));
        QCOMPARE(changed.size(), 1);

        // A second click unticks it.
        clickItem(list, 1);
        QCOMPARE(changed.size(), 2);
        QVERIFY(panel->filters().isEmpty());
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        QCOMPARE(header->text(), QStringLiteral("Job title"));

        // A value ticked elsewhere (the chip's filters, a preset) stays listed
        // and ticked when the box looks for something else.
        panel->setFilters(makeFilters({{jobTitle(), {QStringLiteral("Data Engineer")}}}));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Sales"));
        QTRY_VERIFY(rowOf(list, QStringLiteral("Data Engineer")) <
                    0); // it does not contain "Sales"
        QTRY_VERIFY(list->count() > 0);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Engineer"));
        QTRY_VERIFY(rowOf(list, QStringLiteral("Data Engineer")) >= 0);
        QCOMPARE(list->item(rowOf(list, QStringLiteral("Data Engineer")))->checkState(),
                 Qt::Checked);
    }

    // Issue 13: each value can be left out. The ⊘ mark excludes; the chip
    // says "not …" and looks different; the mark again (or the chip's ×)
    // takes it back; including an excluded value ends its exclusion.
    void excludingAValueLeavesItsLeadsOut()
    {
        const QList<FacetValue> countries = engineFacets(country(), QStringLiteral("Germany"));
        QVERIFY(!countries.isEmpty());
        QCOMPARE(countries.first().key, QStringLiteral("Germany"));

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_country"));
        QTRY_VERIFY(rowOf(list, QStringLiteral("Germany")) >= 0);
        const int germany = rowOf(list, QStringLiteral("Germany"));
        clickMark(list, germany);
        FilterSet want;
        want.exclude(country(), QStringLiteral("Germany"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel->filters(), want);
        QCOMPARE(stateOf(list, germany), FacetSection::State::Excluded);
        QCOMPARE(list->item(germany)->checkState(), Qt::Unchecked);
        QVERIFY(list->item(germany)
                    ->data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Germany, excluded, ")));
        auto *chipText = child<QLabel>(*panel, QStringLiteral("chipText_country_0"));
        QVERIFY(chipText);
        QCOMPARE(chipText->text(), QStringLiteral("Country: not Germany"));
        QCOMPARE(chipText->accessibleName(), QStringLiteral("Country: not Germany"));
        QCOMPARE(child<QToolButton>(*panel, QStringLiteral("chip_country_0"))->accessibleName(),
                 QStringLiteral("Remove filter Country: not Germany"));
        // Framed unlike an included value's chip.
        QVERIFY(child<QFrame>(*panel, QStringLiteral("chipFrame_country_0"))
                    ->property("excluded")
                    .toBool());
        QCOMPARE(searchTotal(panel->filters()), searchTotal(FilterSet()) - countries.first().count);

        // Ticking it includes it instead.
        clickItem(list, germany);
        QCOMPARE(panel->filters(), makeFilters({{country(), {QStringLiteral("Germany")}}}));
        QCOMPARE(stateOf(list, germany), FacetSection::State::Included);
        QVERIFY(!child<QFrame>(*panel, QStringLiteral("chipFrame_country_0"))
                     ->property("excluded")
                     .toBool());
        // Ctrl+click excludes it again; the chip's × ends the exclusion.
        clickItem(list, germany, Qt::ControlModifier);
        QCOMPARE(panel->filters(), want);
        QTest::mouseClick(child<QToolButton>(*panel, QStringLiteral("chip_country_0")),
                          Qt::LeftButton);
        QVERIFY(panel->filters().isEmpty());
        QCOMPARE(stateOf(list, germany), FacetSection::State::None);
        QCOMPARE(changed.size(), 4);

        // The context menu names the value.
        list->setCurrentRow(germany);
        const QPoint at = list->visualItemRect(list->item(germany)).center();
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at,
                                    list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list->viewport(), &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = panel->findChild<QMenu *>(QStringLiteral("facetMenu_country"))) &&
                    menu->isVisible());
        auto *exclude = menu->findChild<QAction *>(QStringLiteral("facetMenuExclude"));
        QVERIFY(exclude);
        QVERIFY(exclude->text().startsWith(QStringLiteral("Exclude “Germany”")));
        exclude->trigger();
        menu->close();
        QCOMPARE(panel->filters(), want);

        // Without the server's "exclude", nothing offers it.
        ServerMeta meta = engineMeta();
        meta.features.removeAll(QStringLiteral("exclude"));
        panel->setServerMeta(meta);
        panel->clearAll();
        QTRY_VERIFY(rowOf(list, QStringLiteral("Germany")) >= 0);
        clickMark(list, rowOf(list, QStringLiteral("Germany")));
        QCOMPARE(panel->filters(), makeFilters({{country(), {QStringLiteral("Germany")}}}));
    }

    // Issue 13: the counts are those of the other filters, asked again when
    // they change; on a server that cannot, they are over all leads and
    // the section says so.
    void countsFollowTheOtherFilters()
    {
        const FilterSet inGermany = makeFilters({{country(), {QStringLiteral("Germany")}}});
        const QList<FacetValue> all = engineFacets(QStringLiteral("seniority"), QString());
        const QList<FacetValue> german =
            engineFacets(QStringLiteral("seniority"), QString(), inGermany);
        QVERIFY(!german.isEmpty());
        QVERIFY(expectedTexts(all) != expectedTexts(german));

        auto panel = shownPanel();
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_seniority"));
        QTRY_COMPARE(itemTexts(list), expectedTexts(all));
        auto *header = child<QToolButton>(*panel, QStringLiteral("section_seniority"));
        QVERIFY(header->toolTip().contains(QStringLiteral("other filters in place")));
        panel->setFilters(inGermany);
        QTRY_COMPARE(itemTexts(list), expectedTexts(german));
        // Each count is what the search with that value finds.
        for (const FacetValue &v : german) {
            FilterSet f = inGermany;
            f.add(QStringLiteral("seniority"), v.key);
            QCOMPARE(searchTotal(f), v.count);
        }
        // Rapid changes: only the answer for the last filters is shown.
        for (const char *name : {"France", "Spain", "Italy", "Germany"})
            panel->setFilters(makeFilters({{country(), {QString::fromLatin1(name)}}}));
        QTRY_COMPARE(itemTexts(list), expectedTexts(german));
        QVERIFY(!QTest::qWaitFor([&] { return itemTexts(list) != expectedTexts(german); },
                                 3 * FilterPanel::kFacetDebounceMs));

        // A folded section asks when opened, for the filters of that moment.
        header->click();
        QVERIFY(!list->isVisible());
        panel->setFilters(FilterSet());
        QVERIFY(!QTest::qWaitFor([&] { return itemTexts(list) == expectedTexts(all); },
                                 3 * FilterPanel::kFacetDebounceMs));
        header->click();
        QTRY_COMPARE(itemTexts(list), expectedTexts(all));

        // A plain facets server: counts over all leads, and said so.
        ServerMeta meta;
        meta.isEngine = true;
        meta.features = {QStringLiteral("facets")};
        panel->setServerMeta(meta);
        panel->setFilters(inGermany);
        QTRY_COMPARE(itemTexts(list), expectedTexts(all));
        QVERIFY(header->toolTip().contains(QStringLiteral("Counts are over all leads")));
        QVERIFY(!child<QWidget>(*panel, QStringLiteral("facetSection_email_status"))->isVisible());
    }

    // Issue 13: outcome sections list every outcome in a rep's order, with
    // the engine's counts; ticking one filters by it.
    void outcomeSectionsListEveryOutcome()
    {
        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *section = child<QWidget>(*panel, QStringLiteral("facetSection_email_status"));
        QVERIFY(section->isVisible());
        QVERIFY(!child<QLineEdit>(*panel, QStringLiteral("facetSearch_email_status"))->isVisible());
        auto *header = child<QToolButton>(*panel, QStringLiteral("section_email_status"));
        QCOMPARE(header->text(), QStringLiteral("Email status"));
        header->click();
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_email_status"));
        const QStringList labels{QStringLiteral("Never enriched"), QStringLiteral("Pending"),
                                 QStringLiteral("Found"),          QStringLiteral("Not found"),
                                 QStringLiteral("Failed"),         QStringLiteral("Timed out"),
                                 QStringLiteral("Cancelled")};
        QTRY_COMPARE(list->count(), int(labels.size()));
        for (int i = 0; i < labels.size(); ++i)
            QCOMPARE(list->item(i)->text(), labels.at(i));
        // Nothing was enriched here: every lead is "never enriched".
        // Grouped as the locale groups: "2,000".
        QTRY_COMPARE(list->item(0)->data(FacetSection::CountTextRole).toString(),
                     QLocale().toString(searchTotal(FilterSet())));
        QVERIFY(
            list->item(0)->data(FacetSection::CountTextRole).toString().contains(QLatin1Char(',')));
        clickItem(list, 0);
        QCOMPARE(panel->filters(),
                 makeFilters({{QStringLiteral("email_status"), {QStringLiteral("none")}}}));
        QCOMPARE(child<QLabel>(*panel, QStringLiteral("chipText_email_status_0"))->accessibleName(),
                 QStringLiteral("Email status: Never enriched"));
        clickMark(list, 3);
        QCOMPARE(panel->filters().excluded(QStringLiteral("email_status")),
                 QStringList{QStringLiteral("not_found")});
        QCOMPARE(child<QLabel>(*panel, QStringLiteral("chipText_email_status_1"))->accessibleName(),
                 QStringLiteral("Email status: not Not found"));
        QCOMPARE(changed.size(), 2);
    }

    void twoTitlesAndACountryFindWhatTheEngineCounts()
    {
        const QList<FacetValue> titles = engineFacets(jobTitle(), QString());
        QVERIFY(titles.size() >= 2);
        const QList<FacetValue> countries = engineFacets(country(), QStringLiteral("United S"));
        QVERIFY(!countries.isEmpty());
        const QString unitedStates = countries.first().key;

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QTRY_COMPARE(itemTexts(list), expectedTexts(titles));
        clickItem(list, 0);
        clickItem(list, 1);
        // Enter in the box includes the best value there.
        auto *countryEdit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_country"));
        QTest::keyClicks(countryEdit, QStringLiteral("United S"));
        QTest::keyClick(countryEdit, Qt::Key_Return);
        QTRY_COMPARE(changed.size(), 3);
        QVERIFY(countryEdit->text().isEmpty()); // ready for the next value

        const FilterSet want = makeFilters(
            {{jobTitle(), {titles.at(0).key, titles.at(1).key}}, {country(), {unitedStates}}});
        QCOMPARE(panel->filters(), want);
        QCOMPARE(changed.last().at(0).value<FilterSet>(), want);

        // The counts beside the titles add up to what the two titles find...
        const FilterSet titlesOnly = makeFilters({{jobTitle(), want.values(jobTitle())}});
        QCOMPARE(searchTotal(titlesOnly), titles.at(0).count + titles.at(1).count);
        // ...and the country narrows that to the leads of either title there,
        // which the title counts, now in context, say before any search.
        const qint64 total = searchTotal(panel->filters());
        QVERIFY(total > 0);
        QVERIFY(total < titles.at(0).count + titles.at(1).count);
        const auto countOf = [list](const QString &value) {
            const int row = rowOf(list, value);
            return row < 0 ? -1 : list->item(row)->data(FacetSection::CountRole).toLongLong();
        };
        QTRY_COMPARE(countOf(titles.at(0).key) + countOf(titles.at(1).key), total);

        auto *matchCount = child<QLabel>(*panel, QStringLiteral("matchCount"));
        panel->setMatchCount(0, false);
        QCOMPARE(matchCount->text(), QStringLiteral("Counting…"));
        panel->setMatchCount(total, true);
        QCOMPARE(matchCount->text(),
                 total == 1 ? QStringLiteral("1 lead matches")
                            : QStringLiteral("%1 leads match").arg(QLocale().toString(total)));
        panel->setMatchCount(12430, true);
        QCOMPARE(matchCount->text(), QStringLiteral("12,430 leads match"));
        panel->setMatchCount(1, true);
        QCOMPARE(matchCount->text(), QStringLiteral("1 lead matches"));
        QVERIFY(matchCount->isVisible());
    }

    void staleFacetAnswersAreDropped()
    {
        const QList<FacetValue> latest = engineFacets(jobTitle(), QStringLiteral("Data S"));
        QVERIFY(!latest.isEmpty());

        auto panel = shownPanel();
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        auto *debounce = panel->findChild<QTimer *>(QStringLiteral("facetDebounce_job_title"));
        QVERIFY(debounce);
        // Three requests for ever longer text, each sent (its pause over)
        // before the next is typed, so their answers may cross.
        for (const char *part : {"D", "ata", " S"}) {
            QTest::keyClicks(edit, QString::fromLatin1(part));
            QTRY_VERIFY(!debounce->isActive());
        }
        QTRY_COMPARE(itemTexts(list), expectedTexts(latest));
        // Once the engine has answered everything sent before, the list still
        // shows the answer for the text in the box.
        QVERIFY(!engineFacets(jobTitle(), QStringLiteral("D")).isEmpty());
        QCOMPARE(itemTexts(list), expectedTexts(latest));
    }

    void freeTextWaitsForAPauseButEnterAppliesAtOnce()
    {
        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *freeText = child<QLineEdit>(*panel, QStringLiteral("freeText"));
        QTest::keyClicks(freeText, QStringLiteral("smith"));
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(panel->filters(), makeFilters({{QStringLiteral("q"), {QStringLiteral("smith")}}}));
        QVERIFY(!changed.wait(2 * FilterPanel::kFreeTextDebounceMs));
        QVERIFY(child<QToolButton>(*panel, QStringLiteral("chip_q_0")));

        QTest::keyClicks(freeText, QStringLiteral(" jo"));
        QTest::keyClick(freeText, Qt::Key_Return);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(panel->filters(),
                 makeFilters({{QStringLiteral("q"), {QStringLiteral("smith jo")}}}));
        // The pause that Enter cut short does not fire again.
        QVERIFY(!changed.wait(2 * FilterPanel::kFreeTextDebounceMs));
        QCOMPARE(changed.size(), 2);

        // Emptying the box removes the filter.
        freeText->selectAll();
        QTest::keyClick(freeText, Qt::Key_Backspace);
        QTest::keyClick(freeText, Qt::Key_Return);
        QCOMPARE(changed.size(), 3);
        QVERIFY(panel->filters().isEmpty());
    }

    void contactChoicesSplitTheLeads()
    {
        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *hasEmail = child<QComboBox>(*panel, QStringLiteral("hasEmail"));
        auto *hasPhone = child<QComboBox>(*panel, QStringLiteral("hasPhone"));
        QVERIFY(hasEmail && hasPhone);
        QCOMPARE(hasEmail->count(), 3);
        hasEmail->setCurrentIndex(1);
        QCOMPARE(changed.size(), 1);
        const FilterSet withEmail =
            makeFilters({{QStringLiteral("has_email"), {QStringLiteral("true")}}});
        QCOMPARE(panel->filters(), withEmail);
        hasEmail->setCurrentIndex(2);
        const FilterSet withoutEmail =
            makeFilters({{QStringLiteral("has_email"), {QStringLiteral("false")}}});
        QCOMPARE(panel->filters(), withoutEmail);
        QCOMPARE(searchTotal(withEmail) + searchTotal(withoutEmail), searchTotal(FilterSet()));
        QCOMPARE(searchTotal(FilterSet()), 2000);

        hasPhone->setCurrentIndex(1);
        QCOMPARE(panel->filters().values(QStringLiteral("has_phone")),
                 QStringList{QStringLiteral("true")});
        QVERIFY(child<QToolButton>(*panel, QStringLiteral("chip_has_phone_0")));
        hasEmail->setCurrentIndex(0);
        hasPhone->setCurrentIndex(0);
        QCOMPARE(changed.size(), 5);
        QVERIFY(panel->filters().isEmpty());
    }

    void theWheelScrollsThePanelWithoutChangingAFilter()
    {
        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *hasPhone = child<QComboBox>(*panel, QStringLiteral("hasPhone"));
        QVERIFY(hasPhone);
        panel->setFocus();
        const QPoint at = hasPhone->rect().center();
        QWheelEvent down(at, hasPhone->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(hasPhone, &down);
        QCOMPARE(hasPhone->currentIndex(), 0);
        QCOMPARE(changed.size(), 0);
        // Focused, it is the rep's choice to turn it.
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        hasPhone->setFocus();
        QTRY_VERIFY(hasPhone->hasFocus());
        QWheelEvent again(at, hasPhone->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(hasPhone, &again);
        QCOMPARE(hasPhone->currentIndex(), 1);
        QCOMPARE(changed.size(), 1);
    }

    void chipsRemoveTheirValueAndClearAllRemovesEverything()
    {
        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        const FilterSet start = makeFilters(
            {{jobTitle(), {QStringLiteral("Data Analyst"), QStringLiteral("Data Engineer")}},
             {country(), {QStringLiteral("Germany")}},
             {QStringLiteral("q"), {QStringLiteral("anna")}},
             {QStringLiteral("has_phone"), {QStringLiteral("true")}}});
        panel->setFilters(start);
        // No echo: the caller already knows.
        QCOMPARE(changed.size(), 0);
        QCOMPARE(panel->filters(), start);
        auto *freeText = child<QLineEdit>(*panel, QStringLiteral("freeText"));
        QCOMPARE(freeText->text(), QStringLiteral("anna"));
        QCOMPARE(child<QComboBox>(*panel, QStringLiteral("hasPhone"))->currentIndex(), 1);
        for (const char *name : {"chip_job_title_0", "chip_job_title_1", "chip_country_0",
                                 "chip_q_0", "chip_has_phone_0"})
            QVERIFY2(child<QToolButton>(*panel, QString::fromLatin1(name)), name);
        auto *clear = child<QPushButton>(*panel, QStringLiteral("clearFilters"));
        QVERIFY(clear->isEnabled());
        QVERIFY(!child<QLabel>(*panel, QStringLiteral("noFilters"))->isVisible());

        auto *first = child<QToolButton>(*panel, QStringLiteral("chip_job_title_0"));
        QCOMPARE(first->accessibleName(), QStringLiteral("Remove filter Job title: Data Analyst"));
        first->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel->filters().values(jobTitle()), QStringList{QStringLiteral("Data Engineer")});
        // Names stay stable: what is left is numbered from 0 again.
        QTRY_VERIFY(child<QToolButton>(*panel, QStringLiteral("chip_job_title_0")));
        QCOMPARE(child<QToolButton>(*panel, QStringLiteral("chip_job_title_0"))->accessibleName(),
                 QStringLiteral("Remove filter Job title: Data Engineer"));
        QVERIFY(!child<QToolButton>(*panel, QStringLiteral("chip_job_title_1")));

        child<QToolButton>(*panel, QStringLiteral("chip_q_0"))->click();
        QCOMPARE(changed.size(), 2);
        QVERIFY(!panel->filters().contains(QStringLiteral("q")));
        QVERIFY(freeText->text().isEmpty());

        clear->click();
        QCOMPARE(changed.size(), 3);
        QVERIFY(changed.last().at(0).value<FilterSet>().isEmpty());
        QVERIFY(panel->filters().isEmpty());
        QVERIFY(!clear->isEnabled());
        QCOMPARE(child<QComboBox>(*panel, QStringLiteral("hasPhone"))->currentIndex(), 0);
        QVERIFY(child<QLabel>(*panel, QStringLiteral("noFilters"))->isVisible());
        QVERIFY(panel->findChildren<QToolButton *>(QRegularExpression(QStringLiteral("^chip_")))
                    .isEmpty());
        panel->clearAll();
        QCOMPARE(changed.size(), 3); // nothing left to clear, nothing to say
    }

    // Issue 12, item 14: editing the filters of a preset keeps its name in
    // the combo, marked "(changed)", so Save preset… updates it; the
    // preset's own filters, applied again, drop the mark.
    void editingAPresetKeepsItsNameMarkedChanged()
    {
        const FilterSet berlin = makeFilters({{QStringLiteral("city"), {QStringLiteral("Berlin")}},
                                              {jobTitle(), {QStringLiteral("Data Engineer")}}});
        auto panel = shownPanel();
        auto *combo = child<QComboBox>(*panel, QStringLiteral("presetCombo"));
        panel->setFilters(berlin);
        QVERIFY(panel->savePreset(QStringLiteral("Berlin data")));
        QCOMPARE(combo->currentText(), QStringLiteral("Berlin data"));

        QTest::mouseClick(child<QToolButton>(*panel, QStringLiteral("chip_city_0")),
                          Qt::LeftButton);
        QVERIFY(!panel->filters().contains(QStringLiteral("city")));
        QCOMPARE(combo->currentText(), QStringLiteral("Berlin data (changed)"));
        QVERIFY(child<QPushButton>(*panel, QStringLiteral("deletePreset"))->isEnabled());
        QString suggested;
        panel->setPresetNamePrompt([&suggested](const QString &name) {
            suggested = name;
            return QString();
        });
        child<QPushButton>(*panel, QStringLiteral("savePreset"))->click();
        QCOMPARE(suggested, QStringLiteral("Berlin data")); // saving updates it

        emit combo->activated(combo->currentIndex());
        QCOMPARE(panel->filters(), berlin);
        QCOMPARE(combo->currentText(), QStringLiteral("Berlin data"));
        panel->clearAll();
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(panel->deletePreset(QStringLiteral("Berlin data")));
    }

    // The name prompt is wide enough for its own title: a window manager
    // would elide it ("Save filt…") otherwise.
    void thePresetNamePromptShowsItsWholeTitle()
    {
        auto panel = shownPanel();
        panel->setFilters(makeFilters({{country(), {QStringLiteral("France")}}}));
        int width = 0, needed = 0;
        QTimer::singleShot(0, panel.get(), [&] {
            auto *dialog = panel->findChild<QDialog *>(QStringLiteral("presetNameDialog"));
            if (!dialog)
                return;
            width = dialog->width();
            needed = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle());
            dialog->reject();
        });
        panel->savePresetInteractively();
        QVERIFY(needed > 0);
        QVERIFY2(width >= needed + 120,
                 qPrintable(QStringLiteral("%1 < %2").arg(width).arg(needed)));
        QVERIFY(panel->presetNames().isEmpty()); // rejected: nothing saved
    }

    void presetsAreSavedAppliedDeletedAndRemembered()
    {
        const FilterSet berlin = makeFilters({{QStringLiteral("city"), {QStringLiteral("Berlin")}},
                                              {jobTitle(), {QStringLiteral("Data Engineer")}}});
        {
            auto panel = shownPanel();
            QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
            auto *save = child<QPushButton>(*panel, QStringLiteral("savePreset"));
            auto *combo = child<QComboBox>(*panel, QStringLiteral("presetCombo"));
            QVERIFY(!save->isEnabled()); // nothing to save yet
            QString asked;
            panel->setPresetNamePrompt([&asked](const QString &) {
                asked = QStringLiteral("Berlin data");
                return asked;
            });
            panel->setFilters(berlin);
            QVERIFY(save->isEnabled());
            save->click();
            QCOMPARE(asked, QStringLiteral("Berlin data"));
            QCOMPARE(panel->presetNames(), QStringList{QStringLiteral("Berlin data")});
            QCOMPARE(combo->currentText(), QStringLiteral("Berlin data"));

            // Stored as the contract's JSON, compact.
            QSettings settings;
            settings.beginGroup(QStringLiteral("filterPresets"));
            QCOMPARE(
                settings.value(QStringLiteral("Berlin data")).toString(),
                QString::fromUtf8(QJsonDocument(berlin.toJson()).toJson(QJsonDocument::Compact)));
            settings.endGroup();

            // A cancelled prompt saves nothing.
            panel->setPresetNamePrompt([](const QString &) { return QString(); });
            panel->setFilters(makeFilters({{country(), {QStringLiteral("France")}}}));
            QCOMPARE(combo->currentIndex(), -1); // no longer the preset's filters
            save->click();
            QCOMPARE(panel->presetNames().size(), 1);

            // Any name, slashes included, is one preset.
            QVERIFY(panel->savePreset(QStringLiteral("EMEA / France")));
            QCOMPARE(panel->presetNames().size(), 2);

            panel->clearAll();
            QCOMPARE(changed.size(), 1);
            combo->setFocus();
            const int berlinIndex = combo->findText(QStringLiteral("Berlin data"));
            QVERIFY(berlinIndex >= 0);
            emit combo->activated(berlinIndex); // as a choice from the popup
            QCOMPARE(changed.size(), 2);
            QCOMPARE(panel->filters(), berlin);
        }
        {
            // A new panel (a new run) offers the same presets.
            auto panel = shownPanel();
            QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
            QCOMPARE(panel->presetNames().size(), 2);
            QVERIFY(panel->presetNames().contains(QStringLiteral("EMEA / France")));
            QVERIFY(panel->applyPreset(QStringLiteral("EMEA / France")));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(panel->filters(), makeFilters({{country(), {QStringLiteral("France")}}}));

            auto *combo = child<QComboBox>(*panel, QStringLiteral("presetCombo"));
            QCOMPARE(combo->currentText(), QStringLiteral("EMEA / France"));
            auto *remove = child<QPushButton>(*panel, QStringLiteral("deletePreset"));
            QVERIFY(remove->isEnabled());
            // Deleting asks first, naming the preset; Cancel keeps it.
            const auto confirmation = [&panel] {
                QMessageBox *box = nullptr;
                (void)QTest::qWaitFor(
                    [&] {
                        box =
                            panel->findChild<QMessageBox *>(QStringLiteral("confirmDeletePreset"));
                        return box && box->isVisible();
                    },
                    5000);
                return box;
            };
            remove->click();
            QMessageBox *box = confirmation();
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("“EMEA / France”")));
            QTest::mouseClick(
                box->findChild<QPushButton *>(QStringLiteral("cancelDeletePresetButton")),
                Qt::LeftButton);
            QCOMPARE(panel->presetNames().size(), 2);
            remove->click();
            box = confirmation();
            QVERIFY(box);
            QTest::mouseClick(
                box->findChild<QPushButton *>(QStringLiteral("confirmDeletePresetButton")),
                Qt::LeftButton);
            QCOMPARE(panel->presetNames(), QStringList{QStringLiteral("Berlin data")});
            // Deleting a preset leaves the filters alone.
            QCOMPARE(changed.size(), 1);
            QVERIFY(!panel->applyPreset(QStringLiteral("EMEA / France")));
        }
        {
            FilterPanel panel(&m_client);
            QCOMPARE(panel.presetNames(), QStringList{QStringLiteral("Berlin data")});
            QVERIFY(panel.deletePreset(QStringLiteral("Berlin data")));
        }
        FilterPanel panel(&m_client);
        QVERIFY(panel.presetNames().isEmpty());
    }

    void withoutFacetsAnExactValueCanStillBeAdded()
    {
        const QList<FacetValue> engineers =
            engineFacets(jobTitle(), QStringLiteral("Software Engineer"));
        QVERIFY(!engineers.isEmpty());
        QCOMPARE(engineers.first().key, QStringLiteral("Software Engineer"));

        auto panel = shownPanel();
        panel->setServerMeta(ServerMeta()); // plain Lance: no extensions
        QVERIFY(!panel->facetsAvailable());
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QVERIFY(edit->toolTip().contains(QStringLiteral("Suggestions are unavailable")));
        QTest::keyClicks(edit, QStringLiteral("software engineer"));
        // Nothing is listed, however long the rep waits.
        QVERIFY(!QTest::qWaitFor([list] { return list->isVisible(); },
                                 3 * FilterPanel::kFacetDebounceMs));
        QCOMPARE(changed.size(), 0);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        const FilterSet want = makeFilters({{jobTitle(), {QStringLiteral("software engineer")}}});
        QCOMPARE(panel->filters(), want);
        QVERIFY(edit->text().isEmpty());
        // The value is listed, ticked and without a count, so it can be unticked.
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(itemTexts(list), QStringList{QStringLiteral("software engineer  ")});
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        // The match is case-insensitive, so the typed value finds them all.
        QCOMPARE(searchTotal(want), engineers.first().count);

        // Told the server has facets after all, the box suggests again.
        ServerMeta meta;
        meta.isEngine = true;
        meta.features = {QStringLiteral("facets")};
        panel->setServerMeta(meta);
        QVERIFY(panel->facetsAvailable());
        QTest::keyClicks(edit, QStringLiteral("Data"));
        QTRY_COMPARE(itemTexts(list),
                     expectedTexts(engineFacets(jobTitle(), QStringLiteral("Data"))));
    }

    void theWholePanelWorksFromTheKeyboard()
    {
        const QList<FacetValue> germ = engineFacets(country(), QStringLiteral("Ger"));
        QVERIFY(!germ.isEmpty());
        const QList<FacetValue> fr = engineFacets(country(), QStringLiteral("F"));
        QVERIFY(fr.size() >= 2);

        auto panel = shownPanel();
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        child<QLineEdit>(*panel, QStringLiteral("freeText"))->setFocus();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("freeText"));

        // Tab to the country box; Enter before the values arrive picks the
        // best one when they do.
        QVERIFY(tabTo(QStringLiteral("facetSearch_country")));
        type(QStringLiteral("Ger"));
        press(Qt::Key_Return);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(panel->filters(), makeFilters({{country(), {germ.first().key}}}));

        // Down goes from the box to the list; the arrows walk it, Space
        // includes the value the keyboard is on.
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_country"));
        auto *countryEdit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_country"));
        type(QStringLiteral("F"));
        QTRY_COMPARE(itemTexts(list), expectedTexts(fr));
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(list->currentRow(), 0);
        press(Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        press(Qt::Key_Space);
        QCOMPARE(changed.size(), 2);
        const FilterSet both = makeFilters({{country(), {germ.first().key, fr.at(1).key}}});
        QCOMPARE(panel->filters(), both);
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        // Shift+Space excludes it instead; again, takes the exclusion back.
        press(Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(changed.size(), 3);
        FilterSet excluded = makeFilters({{country(), {germ.first().key}}});
        excluded.exclude(country(), fr.at(1).key);
        QCOMPARE(panel->filters(), excluded);
        QCOMPARE(stateOf(list, 1), FacetSection::State::Excluded);
        press(Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(panel->filters(), makeFilters({{country(), {germ.first().key}}}));
        press(Qt::Key_Space);
        QCOMPARE(changed.size(), 5);
        QCOMPARE(panel->filters(), both);
        QCOMPARE(QApplication::focusWidget(), list); // the keyboard stayed on the list

        // Up from the first value goes back to the box; Escape empties it.
        press(Qt::Key_Up);
        press(Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), countryEdit);
        press(Qt::Key_Escape);
        QVERIFY(countryEdit->text().isEmpty());
        QCOMPARE(changed.size(), 5);

        // The chips are in the tab chain; Delete and Backspace remove them.
        QVERIFY(tabTo(QStringLiteral("chip_country_0")));
        press(Qt::Key_Delete);
        QCOMPARE(changed.size(), 6);
        QCOMPARE(panel->filters(), makeFilters({{country(), {fr.at(1).key}}}));
        // The keyboard stays on the chips: the next one took its place.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("chip_country_0"));
        press(Qt::Key_Backspace);
        QCOMPARE(changed.size(), 7);
        QVERIFY(panel->filters().isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("freeText"));

        // Free text, a contact choice, then Clear all, all by keys.
        type(QStringLiteral("ann"));
        press(Qt::Key_Return);
        QCOMPARE(changed.size(), 8);
        QVERIFY(tabTo(QStringLiteral("hasEmail")));
        press(Qt::Key_Down);
        QCOMPARE(changed.size(), 9);
        QCOMPARE(panel->filters().values(QStringLiteral("has_email")),
                 QStringList{QStringLiteral("true")});
        QVERIFY(tabTo(QStringLiteral("clearFilters")));
        press(Qt::Key_Space);
        QCOMPARE(changed.size(), 10);
        QVERIFY(panel->filters().isEmpty());

        // Space folds a section; its box leaves the tab chain until unfolded.
        QVERIFY(tabTo(QStringLiteral("section_job_title")));
        press(Qt::Key_Space);
        auto *jobEdit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        QVERIFY(!jobEdit->isVisible());
        press(Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != jobEdit);
        QVERIFY(tabTo(QStringLiteral("section_job_title")));
        press(Qt::Key_Space);
        QVERIFY(jobEdit->isVisible());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), jobEdit);

        // Presets by keys: save (the name comes through the prompt seam),
        // clear, then choose the preset again.
        type(QStringLiteral("Data"));
        press(Qt::Key_Return);
        QTRY_COMPARE(changed.size(), 11);
        const FilterSet data = panel->filters();
        QCOMPARE(data.values(jobTitle()).size(), 1);
        panel->setPresetNamePrompt([](const QString &) { return QStringLiteral("Data people"); });
        QVERIFY(tabTo(QStringLiteral("savePreset")));
        press(Qt::Key_Space);
        QCOMPARE(panel->presetNames(), QStringList{QStringLiteral("Data people")});
        QVERIFY(tabTo(QStringLiteral("clearFilters")));
        press(Qt::Key_Space);
        QCOMPARE(changed.size(), 12);
        QVERIFY(tabTo(QStringLiteral("presetCombo")));
        press(Qt::Key_Down);
        QCOMPARE(changed.size(), 13);
        QCOMPARE(panel->filters(), data);
        QVERIFY(tabTo(QStringLiteral("deletePreset")));
        press(Qt::Key_Space);
        // The confirmation takes the keyboard; Enter is its Delete.
        QTRY_VERIFY(QApplication::activeModalWidget());
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->window() == QApplication::activeModalWidget());
        press(Qt::Key_Return);
        QTRY_VERIFY(panel->presetNames().isEmpty());
        QCOMPARE(panel->filters(), data);
    }
};

QTEST_MAIN(TestFilterPanel)
#include "test_filter_panel.moc"
