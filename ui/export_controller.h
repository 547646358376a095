#pragma once

#include "filter_set.h"
#include "selection.h"

#include <QObject>

class QWidget;

namespace lance {

class LanceClient;
class LeadTableModel;

// File → Export CSV…: asks where, then writes the leads through
// CsvExporter to a temporary file that replaces the chosen one only when
// the export is complete, with a progress dialog that can cancel it. The
// outcome is told through message().
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(LanceClient *client, QWidget *dialogParent);

    // Exports the model's selection or, with none, every lead that matches.
    void exportLeads(const LeadTableModel &model);

signals:
    void message(const QString &text, int timeoutMs);

private:
    void writeTo(const QString &path, const Selection &what, const FilterSet &filters,
                 const SortSpec &sort);

    LanceClient *m_client;
    QWidget *m_dialogParent;
};

} // namespace lance
