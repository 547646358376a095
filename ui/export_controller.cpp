#include "export_controller.h"

#include "csv_export.h"
#include "lead_table_model.h"

#include <QFileDialog>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace lance {

ExportController::ExportController(LanceClient *client, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_dialogParent(dialogParent)
{}

void ExportController::exportLeads(const LeadTableModel &model)
{
    Selection what = model.selection();
    if (what.isEmpty())
        what.selectAllMatching(model.filters(), model.sortSpec(), model.total());
    const FilterSet filters = model.filters();
    const SortSpec sort = model.sortSpec();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/leads.csv");
    auto *dialog = new QFileDialog(m_dialogParent, tr("Export CSV"), suggested,
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QFileDialog::fileSelected, this,
        [this, what, filters, sort](const QString &path) { writeTo(path, what, filters, sort); });
    dialog->open();
}

void ExportController::writeTo(const QString &path, const Selection &what, const FilterSet &filters,
                               const SortSpec &sort)
{
    // Written to a temporary file and renamed at the end: a cancelled or
    // failed export never leaves half a file under the chosen name.
    auto *file = new QSaveFile(path, this);
    if (!file->open(QIODevice::WriteOnly)) {
        emit message(tr("Could not write %1: %2").arg(path, file->errorString()), 10000);
        delete file;
        return;
    }
    auto *exporter = new CsvExporter(m_client, this);
    auto *progress = new QProgressDialog(tr("Exporting leads…"), tr("Cancel"), 0,
                                         int(qMin<qint64>(what.count(), INT_MAX)), m_dialogParent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, exporter, &CsvExporter::cancel);
    connect(exporter, &CsvExporter::progress, progress,
            [progress](qint64 done) { progress->setValue(int(done)); });
    auto finish = [this, exporter, file,
                   progress = QPointer<QProgressDialog>(progress)](const QString &text) {
        if (progress)
            progress->close();
        emit message(text, 10000);
        exporter->deleteLater();
        file->deleteLater();
    };
    connect(exporter, &CsvExporter::finished, this, [finish, file, path](qint64 rows) {
        const bool ok = file->commit();
        finish(ok ? tr("Exported %Ln lead(s) to %1", nullptr, int(rows)).arg(path)
                  : tr("Could not write %1: %2").arg(path, file->errorString()));
    });
    connect(exporter, &CsvExporter::failed, this, [finish, file](const QString &text) {
        file->cancelWriting();
        finish(tr("Export failed: %1").arg(text));
    });
    connect(exporter, &CsvExporter::cancelled, this, [finish, file] {
        file->cancelWriting();
        finish(tr("Export cancelled"));
    });
    exporter->start(what, filters, sort, file);
}

} // namespace lance
