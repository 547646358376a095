// The filter panel against the real embedded engine: the values it offers
// are the engine's, the FilterSet it builds finds what the rep expects, and
// every step works from the keyboard alone.
#include "engine.h"
#include "filter_panel.h"
#include "i18n.h"
#include "lance_client.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

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
    QList<FacetValue> engineFacets(const QString &key, const QString &search)
    {
        auto got = std::make_shared<std::optional<Result<QList<FacetValue>>>>();
        m_client.facets(key, search, FilterSet(), FilterPanel::kFacetPageSize, 0, this,
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

    static QStringList itemTexts(const QListWidget *list)
    {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        return texts;
    }

    static QStringList expectedTexts(const QList<FacetValue> &values)
    {
        QStringList texts;
        for (const FacetValue &v : values)
            texts << QStringLiteral("%1  %2").arg(v.key, QLocale().toString(v.count));
        return texts;
    }

    static void clickItem(QListWidget *list, int row)
    {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
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

    void typingAPrefixShowsTheEnginesValuesWithCounts()
    {
        const QList<FacetValue> expected = engineFacets(jobTitle(), QStringLiteral("Data"));
        QVERIFY(expected.size() >= 2);
        QVERIFY(expected.size() <= FilterPanel::kFacetPageSize);

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QVERIFY(!list->isVisible());
        QTest::keyClicks(edit, QStringLiteral("Data"));
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(itemTexts(list), expectedTexts(expected));
        for (const FacetValue &v : expected)
            QVERIFY(v.key.startsWith(QStringLiteral("Data")));
        // Typing looks; only picking filters.
        QCOMPARE(changed.size(), 0);
        QVERIFY(panel->filters().isEmpty());

        // Grouping follows the locale: a count in the thousands reads "1,542".
        const QList<FacetValue> countries = engineFacets(country(), QString());
        QVERIFY(!countries.isEmpty());
        auto *countryEdit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_country"));
        auto *countryList = child<QListWidget>(*panel, QStringLiteral("facetList_country"));
        QTest::keyClicks(countryEdit, countries.first().key);
        QTRY_VERIFY(countryList->isVisible());
        QCOMPARE(countryList->item(0)->text(),
                 QStringLiteral("%1  %2").arg(countries.first().key,
                                              QLocale().toString(countries.first().count)));
    }

    void pickingAValueEmitsItsFilterSetOnce()
    {
        const QList<FacetValue> expected = engineFacets(jobTitle(), QStringLiteral("Data"));
        QVERIFY(expected.size() >= 2);

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QTest::keyClicks(edit, QStringLiteral("Data"));
        QTRY_COMPARE(list->count(), int(expected.size()));
        QTRY_VERIFY(list->isVisible());

        clickItem(list, 1);
        const FilterSet want = makeFilters({{jobTitle(), {expected.at(1).key}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<FilterSet>(), want);
        QCOMPARE(panel->filters(), want);
        // The box is ready for the next value.
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!list->isVisible());
        auto *chip = child<QToolButton>(*panel, QStringLiteral("chip_job_title_0"));
        QVERIFY(chip);
        QCOMPARE(chip->accessibleName(),
                 QStringLiteral("Remove filter Job title: %1").arg(expected.at(1).key));
        auto *header = child<QToolButton>(*panel, QStringLiteral("section_job_title"));
        QCOMPARE(header->text(), QStringLiteral("Job title (1)"));
        // Nothing else follows: not a second activation, not a late answer.
        QVERIFY(!changed.wait(3 * FilterPanel::kFacetDebounceMs));
        QCOMPARE(changed.size(), 1);

        // Picking the same value again changes nothing, so says nothing.
        QTest::keyClicks(edit, QStringLiteral("Data"));
        QTRY_VERIFY(list->isVisible());
        clickItem(list, 1);
        QCOMPARE(changed.size(), 1);
    }

    void twoTitlesAndACountryFindWhatTheEngineCounts()
    {
        const QList<FacetValue> titles = engineFacets(jobTitle(), QStringLiteral("S"));
        QVERIFY(titles.size() >= 2);
        const QList<FacetValue> countries = engineFacets(country(), QStringLiteral("United S"));
        QVERIFY(!countries.isEmpty());
        const QString unitedStates = countries.first().key;

        auto panel = shownPanel();
        QSignalSpy changed(panel.get(), &FilterPanel::filtersChanged);
        auto *edit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_job_title"));
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_job_title"));
        QTest::keyClicks(edit, QStringLiteral("S"));
        QTRY_VERIFY(list->isVisible());
        clickItem(list, 0);
        QTest::keyClicks(edit, QStringLiteral("S"));
        QTRY_VERIFY(list->isVisible());
        clickItem(list, 1);
        auto *countryEdit = child<QLineEdit>(*panel, QStringLiteral("facetSearch_country"));
        auto *countryList = child<QListWidget>(*panel, QStringLiteral("facetList_country"));
        QTest::keyClicks(countryEdit, QStringLiteral("United S"));
        QTRY_VERIFY(countryList->isVisible());
        QTest::keyClick(countryEdit, Qt::Key_Return);
        QCOMPARE(changed.size(), 3);

        const FilterSet want = makeFilters(
            {{jobTitle(), {titles.at(0).key, titles.at(1).key}}, {country(), {unitedStates}}});
        QCOMPARE(panel->filters(), want);
        QCOMPARE(changed.last().at(0).value<FilterSet>(), want);

        // The counts beside the titles add up to what the two titles find...
        const FilterSet titlesOnly = makeFilters({{jobTitle(), want.values(jobTitle())}});
        QCOMPARE(searchTotal(titlesOnly), titles.at(0).count + titles.at(1).count);
        // ...and the country narrows that to the leads of either title there.
        const qint64 total = searchTotal(panel->filters());
        QVERIFY(total > 0);
        QVERIFY(total < titles.at(0).count + titles.at(1).count);
        QCOMPARE(total, searchTotal(makeFilters(
                            {{jobTitle(), {titles.at(0).key}}, {country(), {unitedStates}}})) +
                            searchTotal(makeFilters(
                                {{jobTitle(), {titles.at(1).key}}, {country(), {unitedStates}}})));

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
        // Down asks at once: three overlapping requests for ever longer text.
        QTest::keyClicks(edit, QStringLiteral("D"));
        QTest::keyClick(edit, Qt::Key_Down);
        QTest::keyClicks(edit, QStringLiteral("ata"));
        QTest::keyClick(edit, Qt::Key_Down);
        QTest::keyClicks(edit, QStringLiteral(" S"));
        QTest::keyClick(edit, Qt::Key_Down);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(itemTexts(list), expectedTexts(latest));
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
        // Nothing is suggested, however long the rep waits.
        QVERIFY(!QTest::qWaitFor([list] { return list->isVisible(); },
                                 3 * FilterPanel::kFacetDebounceMs));
        QCOMPARE(changed.size(), 0);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        const FilterSet want = makeFilters({{jobTitle(), {QStringLiteral("software engineer")}}});
        QCOMPARE(panel->filters(), want);
        QVERIFY(edit->text().isEmpty());
        // The match is case-insensitive, so the typed value finds them all.
        QCOMPARE(searchTotal(want), engineers.first().count);

        // Told the server has facets after all, the box suggests again.
        ServerMeta meta;
        meta.isEngine = true;
        meta.features = {QStringLiteral("facets")};
        panel->setServerMeta(meta);
        QVERIFY(panel->facetsAvailable());
        QTest::keyClicks(edit, QStringLiteral("Data"));
        QTRY_VERIFY(list->isVisible());
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

        // Down walks the suggestions, Enter picks the highlighted one.
        auto *list = child<QListWidget>(*panel, QStringLiteral("facetList_country"));
        type(QStringLiteral("F"));
        QTRY_VERIFY(list->isVisible());
        press(Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        press(Qt::Key_Return);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(panel->filters(), makeFilters({{country(), {germ.first().key, fr.at(1).key}}}));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("facetSearch_country"));

        // Escape hides the suggestions without picking.
        type(QStringLiteral("F"));
        QTRY_VERIFY(list->isVisible());
        press(Qt::Key_Escape);
        QVERIFY(!list->isVisible());
        QCOMPARE(changed.size(), 2);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Backspace);
        QVERIFY(child<QLineEdit>(*panel, QStringLiteral("facetSearch_country"))->text().isEmpty());

        // The chips are in the tab chain; Delete and Backspace remove them.
        QVERIFY(tabTo(QStringLiteral("chip_country_0")));
        press(Qt::Key_Delete);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(panel->filters(), makeFilters({{country(), {fr.at(1).key}}}));
        // The keyboard stays on the chips: the next one took its place.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("chip_country_0"));
        press(Qt::Key_Backspace);
        QCOMPARE(changed.size(), 4);
        QVERIFY(panel->filters().isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("freeText"));

        // Free text, a contact choice, then Clear all, all by keys.
        type(QStringLiteral("ann"));
        press(Qt::Key_Return);
        QCOMPARE(changed.size(), 5);
        QVERIFY(tabTo(QStringLiteral("hasEmail")));
        press(Qt::Key_Down);
        QCOMPARE(changed.size(), 6);
        QCOMPARE(panel->filters().values(QStringLiteral("has_email")),
                 QStringList{QStringLiteral("true")});
        QVERIFY(tabTo(QStringLiteral("clearFilters")));
        press(Qt::Key_Space);
        QCOMPARE(changed.size(), 7);
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
        QTRY_COMPARE(changed.size(), 8);
        const FilterSet data = panel->filters();
        QCOMPARE(data.values(jobTitle()).size(), 1);
        panel->setPresetNamePrompt([](const QString &) { return QStringLiteral("Data people"); });
        QVERIFY(tabTo(QStringLiteral("savePreset")));
        press(Qt::Key_Space);
        QCOMPARE(panel->presetNames(), QStringList{QStringLiteral("Data people")});
        QVERIFY(tabTo(QStringLiteral("clearFilters")));
        press(Qt::Key_Space);
        QCOMPARE(changed.size(), 9);
        QVERIFY(tabTo(QStringLiteral("presetCombo")));
        press(Qt::Key_Down);
        QCOMPARE(changed.size(), 10);
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
