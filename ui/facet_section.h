#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class QToolButton;

namespace lance {

class LanceClient;
struct FacetValue;

// Whether the server offers facet suggestions, as its /meta says.
enum class FacetSupport
{
    Unknown, // not told yet: typing waits, Enter picks once it is known
    Yes,
    No // a plain server: the rep types exact values
};

// One exact-match filter key: a foldable header, a type-ahead box and the
// values the server suggests for what is typed there, with their counts.
// Picking a value (click, or Enter on the highlighted one) empties the box
// and says which; it never filters by itself.
class FacetSection : public QWidget
{
    Q_OBJECT
public:
    // Waits this long after the last keystroke before asking for values, so
    // typing "Software" costs one request, not eight.
    static constexpr int kDebounceMs = 150;
    static constexpr int kPageSize = 25;

    FacetSection(LanceClient *client, const QString &key, const QString &title,
                 QWidget *parent = nullptr);

    const QString &key() const { return m_key; }
    // How many values of this key are active; the header shows it, so a
    // folded section still tells what it holds.
    void setValueCount(qsizetype count);
    // Re-asks for what is typed once suggestions become available, and
    // settles an Enter that was waiting to learn whether they would.
    void setFacetSupport(FacetSupport support);
    // Asks again for what is typed if the last ask failed (the server is back).
    void retryIfFailed();
    // Header, box, list: the section's place in the panel's tab chain.
    QList<QWidget *> tabChain() const;

signals:
    void valuePicked(const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyHints();
    void onTextEdited();
    void queryFacets();
    void showValues(const QString &text, const QList<FacetValue> &values);
    void showStatus(const QString &message);
    void hideSuggestions();
    void onReturn();
    void moveSuggestion(int delta);
    void pickRow(int row);
    void pick(const QString &value);

    LanceClient *m_client;
    const QString m_key;
    const QString m_title;
    FacetSupport m_support = FacetSupport::Unknown;

    QToolButton *m_header;
    QWidget *m_body;
    QLineEdit *m_edit;
    QLabel *m_status;
    QListWidget *m_list;
    QTimer *m_timer;

    // Numbers the facet queries; an answer whose number is not the latest is
    // for text the user has already changed, and is dropped.
    quint64 m_sequence = 0;
    bool m_inFlight = false;
    // The text the listed values answer (trimmed); null when none are listed.
    QString m_shownFor;
    // Enter was pressed before the values for the current text arrived: pick
    // the best one when they do, rather than guess from stale values.
    bool m_pickOnArrival = false;
    // The latest suggestion request failed: Enter takes the text as typed.
    bool m_failed = false;
};

} // namespace lance
