#pragma once

#include "filter_set.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;
class QToolButton;

namespace lance {

class LanceClient;
struct FacetValue;

// Whether the server offers facet suggestions, as its /meta says.
enum class FacetSupport
{
    Unknown, // not told yet: nothing is asked, Enter waits until it is known
    Yes,
    No // a plain server: the rep types exact values
};

// What the server can do for a section, from its /meta.
struct FacetFeatures
{
    FacetSupport facets = FacetSupport::Unknown;
    // Counts are narrowed by the other filters (facets_in_context); without
    // it they are over all leads, and do not change with the filters.
    bool inContext = false;
    // Values can be excluded as well as included (exclude).
    bool exclude = false;
};

// One filter key as a rep narrows it: a foldable header, a type-ahead box
// and the key's values with their counts, each a row with a check box
// (included: OR within the key) and an exclude mark (⊘: leads with that
// value are left out). The counts are those of the other active filters,
// asked again when they change while the section is open; values the
// filters hold stay listed, so they can be unticked. The outcome keys
// (email_status, phone_status) list their fixed values, with counts when
// the server gives them. The section never filters by itself: it asks the
// panel, and shows what the panel's FilterSet says.
class FacetSection : public QWidget
{
    Q_OBJECT
public:
    // Waits this long after the last keystroke (or filter change) before
    // asking for values, so typing "Software" costs one request, not eight.
    static constexpr int kDebounceMs = 150;
    static constexpr int kPageSize = 25;
    // The list shows this many rows before it scrolls: enough for every
    // seniority, few enough that three open sections fit a laptop screen.
    static constexpr int kVisibleRows = 7;

    // Item data of the list's rows.
    enum Role
    {
        ValueRole = Qt::UserRole, // the value as filters hold it ("not_found")
        CountRole,                // qint64; -1 when not known
        CountTextRole,            // the count as painted ("1,542"), empty when not known
        StateRole,                // a State
    };
    enum class State
    {
        None,
        Included,
        Excluded
    };

    FacetSection(LanceClient *client, const QString &key, const QString &title,
                 QWidget *parent = nullptr);

    const QString &key() const { return m_key; }
    // An outcome key: fixed values with labels, no type-ahead.
    bool isOutcome() const { return m_outcome; }

    void setFeatures(const FacetFeatures &features);
    // The panel's whole FilterSet: ticks and marks the rows, and re-asks
    // the counts (after a pause) when the other keys' filters changed.
    void setFilters(const FilterSet &filters);
    bool isOpen() const;
    // Unfolds or folds; an unfolded section asks for what it lacks.
    void setOpen(bool open);
    // Asks again if the last ask failed (the server is back).
    void retryIfFailed();
    // Header, box, list, "Show more": the section's place in the tab chain.
    QList<QWidget *> tabChain() const;

    // Where a row's exclude mark is, for a row at `row` (view coordinates).
    static QRect excludeRect(const QRect &row);

signals:
    // The rep ticks or unticks a value (click, Space, Enter in the box).
    void includeRequested(const QString &value, bool include);
    // The rep excludes a value or takes the exclusion back (the ⊘ mark,
    // Shift+Space, the context menu).
    void excludeRequested(const QString &value, bool exclude);
    // The server's answer is listed: the values, and their counts when it
    // gave them. For benchmarks and embedders that wait on the panel.
    void valuesListed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString value;
        qint64 count = -1;
    };

    void applyHints();
    void onTextEdited();
    void scheduleQuery();
    void query();
    void showMore();
    void onAnswer(int size, const QList<FacetValue> &values);
    void onFailure(const QString &message, bool rejected);
    void updateRows();
    QList<Row> rowsToShow() const;
    void fillItem(QListWidgetItem *item, const Row &row) const;
    void updateStatus();
    void updateHeader();
    void onReturn();
    void pickBest();
    void toggleInclude(int row);
    void toggleExclude(int row);
    void showContextMenu(const QPoint &pos);
    // Lists the values the filters hold that the rows lack, with `count`.
    void pinActiveValues(qint64 count);
    State stateOf(const QString &value) const;
    QString displayText(const QString &value) const;
    bool wantsAnswer() const;

    LanceClient *m_client;
    const QString m_key;
    const QString m_title;
    const bool m_outcome;
    FacetFeatures m_features;
    FilterSet m_filters;
    // How to include and exclude, in every row's tool tip.
    QString m_rowHint;

    QToolButton *m_header;
    QWidget *m_body;
    QLineEdit *m_edit;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_more;
    QTimer *m_timer;

    // Numbers the requests; an answer whose number is not the latest is for
    // text or filters that have changed since, and is dropped.
    quint64 m_sequence = 0;
    bool m_inFlight = false;
    // What the last request asked: the other keys' filters, the text. The
    // same again is not asked twice.
    bool m_requested = false;
    FilterSet m_requestedContext;
    QString m_requestedText;
    // What the shown counts answer: the other keys' filters, the text.
    FilterSet m_askedContext;
    QString m_askedText;
    bool m_asked = false; // an answer (or a failure) is in for them
    bool m_failed = false;
    QString m_failure;
    // The outcome counts were refused (a server without them): listed
    // without counts, and not asked again on this server.
    bool m_noOutcomeCounts = false;
    // The server's values, in its order, and whether that is all of them.
    QList<Row> m_answer;
    bool m_complete = false;
    int m_pages = 1;
    // "Show more": the first new row, scrolled to once the answer is in.
    int m_scrollToRow = -1;
    // Values the filters hold that the answer lacks, listed first so they
    // can be unticked; one unticked stays until the next answer, so the row
    // under the pointer does not jump away.
    QList<Row> m_pinned;
    // Enter before the values for the text arrived: pick the best one when
    // they do, rather than guess from stale values.
    bool m_pickOnArrival = false;
    // The button that pressed a row, and where: a release elsewhere is no click.
    int m_pressedRow = -1;
    bool m_pressedOnMark = false;
};

} // namespace lance
