#include "status_delegate.h"

#include "enrichment.h"
#include "lead_table_model.h"

namespace lance {

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QIcon StatusDelegate::iconFor(int status, bool dataFound)
{
    // Loaded once: a table repaints these cells on every scroll.
    static const QIcon pending(QStringLiteral(":/icons/status/pending.svg"));
    static const QIcon found(QStringLiteral(":/icons/status/found.svg"));
    static const QIcon notFound(QStringLiteral(":/icons/status/not-found.svg"));
    static const QIcon failed(QStringLiteral(":/icons/status/failed.svg"));
    static const QIcon timeout(QStringLiteral(":/icons/status/timeout.svg"));
    static const QIcon cancelled(QStringLiteral(":/icons/status/cancelled.svg"));
    if (status < 0)
        return {};
    switch (EnrichmentStatus(status)) {
    case EnrichmentStatus::Pending:
        return pending;
    case EnrichmentStatus::Finished:
        return dataFound ? found : notFound;
    case EnrichmentStatus::Failed:
        return failed;
    case EnrichmentStatus::Timeout:
        return timeout;
    case EnrichmentStatus::Cancelled:
        return cancelled;
    }
    return {};
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(LeadTableModel::StatusRole);
    if (!status.isValid())
        return;
    const QIcon icon = iconFor(status.toInt(), index.data(LeadTableModel::DataFoundRole).toBool());
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace lance
