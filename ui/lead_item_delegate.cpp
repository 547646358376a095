#include "lead_item_delegate.h"

#include "enrichment.h"
#include "lead_table_model.h"

namespace lance {

LeadItemDelegate::LeadItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QIcon LeadItemDelegate::iconFor(int status, bool dataFound)
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

void LeadItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.siblingAtColumn(LeadTableModel::NameColumn).data(Qt::CheckStateRole).toInt() ==
        Qt::Checked)
        option->state |= QStyle::State_Selected;
    else
        option->state &= ~QStyle::State_Selected;
    if (index.column() != LeadTableModel::EmailStatusColumn &&
        index.column() != LeadTableModel::PhoneStatusColumn)
        return;
    const QIcon icon = iconFor(index.data(LeadTableModel::StatusRole).toInt(),
                               index.data(LeadTableModel::DataFoundRole).toBool());
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace lance
