#pragma once

// Shared by the UI stories: the real MainWindow on the real embedded engine
// (over HTTP on loopback), offscreen, and the few gestures a rep makes.
// Dialogs are found and answered here, never by timers.

#include "credit_estimate_dialog.h"
#include "engine.h"
#include "enrichment_poller.h"
#include "enrichment_session.h"
#include "facet_section.h"
#include "i18n.h"
#include "lance_client.h"
#include "lead_table_model.h"
#include "main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <memory>

namespace lance::test {

// Settings in a throwaway place, so stories never see each other's layout,
// and English as the app shows it: its plural forms ("1 lead", "5 leads")
// come from the English translation, as they do for a rep.
inline void isolateSettings(const char *story)
{
    installTranslations(QStringLiteral("en"));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LanceTest"));
    QCoreApplication::setApplicationName(QLatin1String(story));
    QSettings().clear();
}

class DemoApp
{
public:
    engine::EngineConfig config;

    explicit DemoApp(int leads)
    {
        config.port = 0;
        config.dbPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        config.seedDemo = leads;
        config.latencyMinMs = 20;
        config.latencyMaxMs = 120;
        config.tokens = {{QStringLiteral("ui-story-token"), QStringLiteral("demo_user"),
                          QStringLiteral("demo_org")}};
    }
    ~DemoApp()
    {
        if (window)
            window->close();
        window.reset();
        engine.stop();
    }

    // Starts the engine, connects the window and waits for the first rows.
    bool start()
    {
        QSignalSpy started(&engine, &engine::EmbeddedEngine::started);
        engine.start(config);
        if (!started.wait(120000))
            return false;
        if (!client.setServer(engine.baseUrl(), engine.token()))
            return false;
        window = std::make_unique<MainWindow>(&client);
        // Quick polling: the stories wait for real statuses, not for a
        // rep's patience.
        EnrichmentPoller::Intervals quick;
        quick.fastMs = 100;
        quick.slowMs = 300;
        quick.backoffBaseMs = 200;
        quick.backoffMaxMs = 1000;
        window->session()->poller()->setIntervals(quick);
        window->show();
        window->showConnected(true);
        return QTest::qWaitFor([this] { return model()->leadAt(0) != nullptr; }, 30000);
    }

    QTableView *table() const { return window->leadTable(); }
    LeadTableModel *model() const { return window->leadModel(); }
    template <typename T> T *find(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    QAction *action(const char *name) const { return find<QAction>(name); }

    // A click on a row's name cell, as the rep makes it.
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        table()->scrollTo(model()->index(row, LeadTableModel::NameColumn));
        const QRect cell = table()->visualRect(model()->index(row, LeadTableModel::NameColumn));
        // Right of the checkbox: selects the row without toggling the box.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers,
                          QPoint(cell.right() - 8, cell.center().y()));
    }

    // Types text in a filter section's box, waits for the list to answer
    // it, and ticks the best value there, as a rep does: the value typed in
    // full if listed, else the first one that contains the text. Returns the
    // value ticked (empty if none); the box keeps the text.
    QString pickFacet(const char *key, const QString &text) const
    {
        const QString k = QLatin1String(key);
        auto *header = window->findChild<QToolButton *>(QStringLiteral("section_%1").arg(k));
        auto *edit = window->findChild<QLineEdit *>(QStringLiteral("facetSearch_%1").arg(k));
        auto *list = window->findChild<QListWidget *>(QStringLiteral("facetList_%1").arg(k));
        if (!header || !edit || !list)
            return {};
        if (!header->isChecked())
            QTest::mouseClick(header, Qt::LeftButton); // a folded section opens first
        edit->setFocus(Qt::MouseFocusReason);
        edit->selectAll(); // what is typed replaces what was there
        QTest::keyClicks(edit, text);
        // The list answers the text once every row it shows contains it.
        const auto answered = [list, text] {
            if (!list->isVisible() || list->count() == 0)
                return false;
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->text().contains(text, Qt::CaseInsensitive))
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(answered, 10000))
            return {};
        QListWidgetItem *best = nullptr;
        for (int i = 0; i < list->count() && !best; ++i) {
            if (list->item(i)->text().compare(text, Qt::CaseInsensitive) == 0)
                best = list->item(i);
        }
        for (int i = 0; i < list->count() && !best; ++i) {
            if (list->item(i)->checkState() != Qt::Checked)
                best = list->item(i);
        }
        if (!best)
            return {};
        const QString value = best->data(FacetSection::ValueRole).toString();
        if (best->checkState() != Qt::Checked) {
            // On the value's text, away from the exclude mark at the right.
            list->scrollToItem(best);
            const QRect row = list->visualItemRect(best);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                              QPoint(row.left() + row.width() / 3, row.center().y()));
        }
        return model()->filters().values(k).contains(value) ? value : QString();
    }

    QString idAt(int row) const
    {
        const Lead *l = model()->leadAt(row);
        return l ? l->id : QString();
    }

    // The estimate dialog the window opened, once it is on screen.
    CreditEstimateDialog *waitForEstimate() const
    {
        CreditEstimateDialog *found = nullptr;
        // A dialog that never shows is reported by the caller's QVERIFY.
        (void)QTest::qWaitFor(
            [&] {
                found = window->findChild<CreditEstimateDialog *>();
                return found && found->isVisible();
            },
            30000);
        return found && found->isVisible() ? found : nullptr;
    }
    // Picks "Enrich them too" when some leads have the contact on file: for
    // stories about what happens to every picked lead, not about skipping.
    void enrichThemToo(CreditEstimateDialog *d) const
    {
        auto *too = d->findChild<QAbstractButton *>(QStringLiteral("includeOnFile"));
        if (too && too->isVisible())
            too->click();
    }
    QString estimateValue(CreditEstimateDialog *d, const char *name) const
    {
        auto *label = d->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

    // Every status cell of these rows says something final.
    bool allFinal(const QList<int> &rows, int column) const
    {
        for (int row : rows) {
            const int status = model()->index(row, column).data(LeadTableModel::StatusRole).toInt();
            if (status < 0 || status == int(EnrichmentStatus::Pending))
                return false;
        }
        return true;
    }

    // What the engine says, through the same API the app uses.
    Balance balance()
    {
        Balance out;
        out.available = -1; // unknown until the engine answers
        QObject context;
        bool done = false;
        client.balance(&context, [&](const Result<Balance> &r) {
            if (r.ok())
                out = *r.value;
            done = true;
        });
        // No answer leaves `out` at its "unknown" value for the caller to see.
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return out;
    }
    // What the engine's search totals for these filters; -1 on failure.
    qint64 searchTotal(const FilterSet &filters)
    {
        qint64 total = -1;
        bool done = false;
        QObject context;
        client.search(filters, SortSpec(), 0, 1, &context, [&](const Result<SearchPage> &r) {
            if (r.ok())
                total = r.value->totalElements;
            done = true;
        });
        // No answer leaves -1 for the caller's comparison to show.
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return total;
    }
    CreditEstimate estimate(const Selection &s, ContactField f)
    {
        CreditEstimate out;
        out.selected = -1;
        QObject context;
        bool done = false;
        client.estimate(s, f, 0, &context, [&](const Result<CreditEstimate> &r) {
            if (r.ok())
                out = *r.value;
            done = true;
        });
        // No answer leaves `out` at its "unknown" value for the caller to see.
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return out;
    }

    engine::EmbeddedEngine engine;
    LanceClient client;
    std::unique_ptr<MainWindow> window;

private:
    QTemporaryDir m_dir;
};

} // namespace lance::test
