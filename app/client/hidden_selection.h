#pragma once

#include "filter_set.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace lance {

class LanceClient;

// Which hand-picked leads the current filters hide. A manual selection is
// kept by id across filter changes (the rep picked those people, not a
// position in a list), so after a filter change some picks may be off
// screen; Enrich must not spend on them silently. With the engine's
// `ids_filter` the server says which picks still match, a search of up to
// 100 ids per request; leads on loaded rows are known to match without
// asking. A plain Lance server cannot be asked: the answer is "unknown",
// never a guess.
class HiddenSelection : public QObject
{
    Q_OBJECT
public:
    // Above this many picks the check is not made (50 requests after every
    // filter change); the answer is "unknown" then.
    static constexpr int kMaxChecked = 5000;

    explicit HiddenSelection(LanceClient *client, QObject *parent = nullptr);

    // The server's /meta feature ids_filter.
    void setServerSupports(bool supports);
    // Whether a pick is on a loaded row of the current filters: known to
    // match without a request.
    void setVisibleProbe(std::function<bool(const QString &id)> probe);
    // Re-checks the picks against the filters. Answers for older filters or
    // picks are dropped.
    void update(const FilterSet &filters, const QStringList &ids);

    // Known once every pick has been classified.
    bool isKnown() const { return m_known; }
    // The server is being asked.
    bool isChecking() const { return m_outstanding > 0; }
    // The picks the filters hide, in pick order; empty until known. (The
    // classification outlives unticked picks: only current ones count.)
    QStringList hiddenIds() const;
    // -1 while not known.
    qint64 hiddenCount() const { return m_known ? hiddenIds().size() : -1; }

signals:
    void changed();

private:
    void settle();

    LanceClient *m_client;
    std::function<bool(const QString &)> m_visible;
    bool m_supported = false;
    FilterSet m_filters;
    QStringList m_ids;
    // Classified under m_filters: kept while only the picks change, so a
    // click costs no request.
    QSet<QString> m_matching;
    QSet<QString> m_hidden;
    int m_outstanding = 0;
    bool m_known = false;
    bool m_failed = false;
    quint64 m_generation = 0;
};

} // namespace lance
