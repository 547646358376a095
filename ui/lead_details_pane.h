#pragma once

#include <QTextBrowser>

class QTimer;

namespace lance {

class LanceClient;
class LeadTableView;
struct Lead;

// The current lead in full: who they are, their emails and phones, and the
// latest enrichment of each field as the server tells it. Follows the
// table's current row, a moment after it settles, so arrowing through rows
// does not ask the server about every one.
class LeadDetailsPane : public QTextBrowser
{
    Q_OBJECT
public:
    LeadDetailsPane(LanceClient *client, LeadTableView *table, QWidget *parent = nullptr);

private:
    void showCurrent();
    void render(const Lead &lead, const QMap<int, QString> &enrichments);

    LanceClient *m_client;
    LeadTableView *m_table;
    QTimer *m_settle;
};

} // namespace lance
