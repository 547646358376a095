#pragma once

#include <QMap>
#include <QTextBrowser>

#include <memory>

class QTimer;

namespace lance {

class LanceClient;
class LeadTableView;
struct Lead;

// The current lead in full: who they are, their emails and phones, and the
// latest enrichment of each field as the server tells it. Follows the
// table's current row, a moment after it settles, so arrowing through rows
// does not ask the server about every one; follows that lead's enrichment
// live; empties when the table starts over (new filters, another server).
class LeadDetailsPane : public QTextBrowser
{
    Q_OBJECT
public:
    LeadDetailsPane(LanceClient *client, LeadTableView *table, QWidget *parent = nullptr);

private:
    void showCurrent();
    // Shown again when what the table shows of the lead changes (a status,
    // found data): the pane never lags the row it describes.
    void rowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QString signatureOfCurrent() const;
    void render(const Lead &lead, const QMap<int, QString> &enrichments);

    LanceClient *m_client;
    LeadTableView *m_table;
    QTimer *m_settle;
    QString m_shownId;
    QString m_shownSignature;
    std::shared_ptr<QMap<int, QString>> m_shownState;
};

} // namespace lance
